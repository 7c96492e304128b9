import type { PresenceStatus } from '@shared/protocol/console-data.schema';
import type { OmniEvent } from '@shared/protocol/events.schema';
import {
  channelsOf,
  numberOf,
  optionalNumberOf,
  textOf,
  workOf,
  type RawWork,
  type WorkDetails,
} from './console-normalize';
import { findStatus, flagChangeOf, logoutReasonOf, messageOf, reasonOf } from './lightning-normalize';
import { OMNI_TOOLKIT_EVENT_NAMES, type OmniToolkitEventName } from './omni-toolkit';
import type { OwnCalls } from './own-calls';
import { PresenceRepeats } from './presence-repeats';
import { WorkEventSequence } from './work-event-sequence';

export interface LightningEventsDeps {
  readonly emit: (event: OmniEvent) => void;
  readonly readWorks: () => Promise<readonly RawWork[]>;
  readonly details: WorkDetails | undefined;
  /** The org's statuses (for names and the canonical form of an id). */
  readonly knownStatuses: () => Promise<readonly PresenceStatus[]>;
  /** The own-call key of a status id (its 15-character prefix). */
  readonly ownKey: (statusId: string) => string;
  readonly own: OwnCalls;
}

/**
 * Turns the `lightning:omniChannel*` events (fed in by the Aura shell) into bridge events, in
 * their order. The org's `reason` is passed through when it sends one (Winter '26 on); a change
 * that arrives while our own call for that value is in flight says so (`duringOwnCall`, see
 * OwnCalls), with or without a reason: the sync core decides what is omni-mfe's own. Push
 * timeouts: see WorkEventSequence, triggered also by the OmniPushTimeout reason.
 */
export class LightningEvents {
  private readonly sequence: WorkEventSequence;
  private readonly repeats = new PresenceRepeats();

  constructor(private readonly deps: LightningEventsDeps) {
    this.sequence = new WorkEventSequence(deps.emit, deps.readWorks, 'omni relay');
  }

  /** The works a read found (see WorkEventSequence.remember). */
  remember(
    works: readonly { readonly workId: string; readonly workItemId: string; readonly isEngaged: boolean }[],
  ): void {
    this.sequence.remember(works);
  }

  /**
   * One toolkit event, named without its `lightning:omniChannel` prefix (the full name is taken
   * too); an unknown name is logged and ignored.
   */
  handle(fullName: string, params: unknown): void {
    const name = String(fullName).replace(/^(lightning:)?omniChannel/, '');
    if (!(OMNI_TOOLKIT_EVENT_NAMES as readonly string[]).includes(name)) {
      console.warn(`omni relay: ignored an unknown toolkit event "${String(fullName).slice(0, 60)}"`);
      return;
    }
    const p = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>;
    const key = this.presenceKey(name, p);
    // A presence report exactly as the previous one (its reason too) is that report delivered twice.
    const report = key !== null || name === 'LoginSuccess' ? `${name} ${key} ${String(p['reason'])}` : null;
    if (report !== null && this.repeats.repeated(report)) return;
    // Read when the event arrives, not when its turn in the sequence comes.
    const duringOwnCall = key !== null && this.deps.own.during(key);
    this.sequence.run((afterTimeout) => this.relay(name as OmniToolkitEventName, p, afterTimeout, duringOwnCall));
  }

  /** The presence a Logout or StatusChanged reports, as own calls key it (a status id's 15-character prefix). */
  private presenceKey(name: string, p: Record<string, unknown>): string | null {
    if (name === 'Logout') return 'Offline';
    return name === 'StatusChanged' && typeof p['statusId'] === 'string' ? this.deps.ownKey(p['statusId']) : null;
  }

  private async relay(
    name: OmniToolkitEventName,
    p: Record<string, unknown>,
    afterTimeout: boolean,
    duringOwnCall: boolean,
  ): Promise<void> {
    const { emit } = this.deps;
    const own = duringOwnCall ? { duringOwnCall } : {};
    const seq = this.sequence;
    switch (name) {
      case 'StatusChanged':
        return this.statusChanged(p, afterTimeout, own);
      case 'LoginSuccess': {
        const statusId = p['statusId'] === undefined ? null : textOf(p['statusId'], 'a status id');
        emit({
          type: 'loggedIn',
          payload: { status: statusId === null ? null : ((await this.known(statusId)) ?? null) },
        });
        return;
      }
      case 'Logout': {
        seq.clear();
        const reason = logoutReasonOf(p['reason']);
        emit({ type: 'loggedOut', payload: { ...(reason ? { reason } : {}), ...own } });
        return;
      }
      case 'WorkAssigned':
      case 'WorkAccepted':
      case 'WorkDeclined':
      case 'WorkClosed':
        return this.work(name, p);
      case 'WorkloadChanged':
        return this.workload(p);
      case 'WorkFlagUpdated':
        emit({ type: 'workFlagChanged', payload: flagChangeOf(p) });
        return;
      case 'ConnectionError':
        emit({
          type: 'connectionError',
          payload: { message: messageOf(p['error']) || 'Omni-Channel lost its connection to Salesforce.' },
        });
        return;
    }
  }

  private work(
    name: 'WorkAssigned' | 'WorkAccepted' | 'WorkDeclined' | 'WorkClosed',
    p: Record<string, unknown>,
  ): void {
    const { emit, details } = this.deps;
    if (name === 'WorkAssigned') {
      const work = workOf({ workId: p['workId'], workItemId: p['workItemId'], isEngaged: false }, details);
      this.sequence.assign(work.workId, work.workItemId);
      emit({ type: 'workAssigned', payload: work });
      return;
    }
    const ids = { workId: textOf(p['workId'], 'a work id'), workItemId: textOf(p['workItemId'], 'a work item id') };
    this.sequence.settle(ids.workId);
    emit({
      type: name === 'WorkAccepted' ? 'workAccepted' : name === 'WorkDeclined' ? 'workDeclined' : 'workClosed',
      payload: ids,
    });
  }

  /** The org's reason passes through; without one, the change right after a push timeout gets OmniPushTimeout. */
  private async statusChanged(
    p: Record<string, unknown>,
    afterTimeout: boolean,
    own: { duringOwnCall?: boolean },
  ): Promise<void> {
    const status = await this.status(textOf(p['statusId'], 'a status id'));
    const given = reasonOf(p['reason']);
    if (given === 'OmniPushTimeout' && this.sequence.hasAssigned) await this.sequence.reportTimeouts();
    const reason = given ?? (afterTimeout ? 'OmniPushTimeout' : undefined);
    this.deps.emit({
      type: 'presenceChanged',
      payload: {
        statusId: status.statusId,
        statusName: p['statusName'] === undefined ? status.statusName : textOf(p['statusName'], 'a status name'),
        statusApiName:
          p['statusApiName'] === undefined ? status.statusApiName : textOf(p['statusApiName'], 'a status API name'),
        channels: p['channels'] === undefined ? status.channels : channelsOf(p['channels']),
        ...(reason ? { reason } : {}),
        ...own,
      },
    });
  }

  private async workload(p: Record<string, unknown>): Promise<void> {
    const previousWorkload = numberOf(p['previousWorkload'], 'a workload');
    const newWorkload = numberOf(p['newWorkload'], 'a workload');
    const interruptible = {
      configuredInterruptibleCapacity: optionalNumberOf(
        p['configuredInterruptibleCapacity'],
        'an interruptible capacity',
      ),
      previousInterruptibleWorkload: optionalNumberOf(p['previousInterruptibleWorkload'], 'an interruptible workload'),
      newInterruptibleWorkload: optionalNumberOf(p['newInterruptibleWorkload'], 'an interruptible workload'),
    };
    const dropped =
      newWorkload < previousWorkload ||
      (interruptible.newInterruptibleWorkload ?? 0) < (interruptible.previousInterruptibleWorkload ?? 0);
    if (dropped && this.sequence.hasAssigned) await this.sequence.reportTimeouts();
    const present = Object.fromEntries(Object.entries(interruptible).filter(([, n]) => n !== undefined));
    this.deps.emit({
      type: 'workloadChanged',
      payload: {
        configuredCapacity: numberOf(p['configuredCapacity'], 'a capacity'),
        previousWorkload,
        newWorkload,
        ...present,
      },
    });
  }

  private async known(statusId: string): Promise<PresenceStatus | undefined> {
    const list = await this.deps.knownStatuses().catch(() => []);
    return findStatus(statusId, list);
  }

  /** The status in the org list's form, or as the event gave it when the list does not have it. */
  private async status(statusId: string): Promise<PresenceStatus> {
    return (await this.known(statusId)) ?? { statusId, statusName: statusId, statusApiName: statusId, channels: [] };
  }
}
