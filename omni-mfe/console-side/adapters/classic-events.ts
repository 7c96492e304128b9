import type { PresenceStatus } from '@shared/protocol/console-data.schema';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { channelsOf, numberOf, textOf, workOf, type RawWork, type WorkDetails } from './console-normalize';
import type { OwnCalls } from './own-calls';
import { PresenceRepeats } from './presence-repeats';
import type { SforceConsole, SforceEventListener } from './sforce-console';
import { WorkEventSequence } from './work-event-sequence';

/**
 * Turns `sforce.console.ConsoleEvent.PRESENCE.*` into bridge events, in the console's order.
 * Push timeouts are found as WorkEventSequence describes; a status change right after one is
 * given the reason `OmniPushTimeout`. Classic tells no other reason: a status change or logout
 * that arrives while the bridge's own call for that value is in flight says so (`duringOwnCall`,
 * see OwnCalls), and omni-mfe's sync core decides what is its own.
 */
export class ClassicEvents {
  private readonly listeners: [string, SforceEventListener][] = [];
  private readonly sequence: WorkEventSequence;
  private readonly repeats = new PresenceRepeats();

  constructor(
    private readonly console: SforceConsole,
    private readonly emit: (event: OmniEvent) => void,
    readWorks: () => Promise<readonly RawWork[]>,
    private readonly details: WorkDetails | undefined,
    private readonly knownStatus: (statusId: string) => PresenceStatus | null,
    private readonly own: OwnCalls,
  ) {
    this.sequence = new WorkEventSequence(emit, readWorks, 'omni bridge');
  }

  start(): void {
    this.listenPresence();
    this.listenWork();
  }

  private listenPresence(): void {
    const e = this.console.ConsoleEvent.PRESENCE;
    this.on(
      e.LOGIN_SUCCESS,
      (r) =>
        this.emit({
          type: 'loggedIn',
          payload: { status: this.knownStatus(textOf(r['statusId'] ?? '', 'a status id')) },
        }),
      () => 'login',
    );
    this.on(
      e.STATUS_CHANGED,
      (r, afterTimeout, duringOwnCall) =>
        this.emit({
          type: 'presenceChanged',
          payload: {
            statusId: textOf(r['statusId'], 'a status id'),
            statusName: String(r['statusName'] ?? ''),
            statusApiName: String(r['statusApiName'] ?? ''),
            channels: channelsOf(r['channels']),
            ...(afterTimeout ? { reason: 'OmniPushTimeout' as const } : {}),
            ...(duringOwnCall ? { duringOwnCall } : {}),
          },
        }),
      (r) => String(r['statusId'] ?? ''),
    );
    for (const logout of [e.LOGOUT, e.SFDC_LOGOUT]) {
      if (logout)
        this.on(
          logout,
          (_r, _afterTimeout, duringOwnCall) => {
            this.sequence.clear();
            this.emit({ type: 'loggedOut', payload: duringOwnCall ? { duringOwnCall } : {} });
          },
          () => 'Offline',
        );
    }
  }

  private listenWork(): void {
    const e = this.console.ConsoleEvent.PRESENCE;
    const seq = this.sequence;
    this.on(e.WORK_ASSIGNED, (r) => {
      const work = workOf({ workId: r['workId'], workItemId: r['workItemId'], isEngaged: false }, this.details);
      seq.assign(work.workId, work.workItemId);
      this.emit({ type: 'workAssigned', payload: work });
    });
    for (const [name, type] of [
      [e.WORK_ACCEPTED, 'workAccepted'],
      [e.WORK_DECLINED, 'workDeclined'],
      [e.WORK_CLOSED, 'workClosed'],
    ] as const) {
      this.on(name, (r) => {
        const ids = { workId: textOf(r['workId'], 'a work id'), workItemId: textOf(r['workItemId'], 'a work item id') };
        seq.settle(ids.workId);
        this.emit({ type, payload: ids });
      });
    }
    this.on(e.WORKLOAD_CHANGED, async (r) => {
      const previous = numberOf(r['PreviousWorkload'], 'a workload');
      const next = numberOf(r['NewWorkload'], 'a workload');
      if (next < previous && seq.hasAssigned) await seq.reportTimeouts();
      this.emit({
        type: 'workloadChanged',
        payload: {
          configuredCapacity: numberOf(r['ConfiguredCapacity'], 'a capacity'),
          previousWorkload: previous,
          newWorkload: next,
        },
      });
    });
  }

  /** The works a read found (see WorkEventSequence.remember): a reloaded bridge page starts knowing none. */
  remember(
    works: readonly { readonly workId: string; readonly workItemId: string; readonly isEngaged: boolean }[],
  ): void {
    this.sequence.remember(works);
  }

  stop(): void {
    for (const [name, listener] of this.listeners) this.console.removeEventListener?.(name, listener);
    this.listeners.length = 0;
  }

  /**
   * Listens to one console event. `ownKey` names the presence an event reports: a repeat of the
   * previous one is dropped, and whether our call for it is in flight is read when the event
   * arrives, not when its turn in the sequence comes.
   */
  private on(
    name: string,
    handle: (result: Record<string, unknown>, afterTimeout: boolean, duringOwnCall: boolean) => void | Promise<void>,
    ownKey?: (result: Record<string, unknown>) => string,
  ): void {
    const listener: SforceEventListener = (result) => {
      const key = ownKey?.(result ?? {});
      if (key !== undefined && this.repeats.repeated(key)) return;
      const during = key !== undefined && this.own.during(key);
      this.sequence.run((afterTimeout) => handle(result ?? {}, afterTimeout, during));
    };
    this.listeners.push([name, listener]);
    this.console.addEventListener(name, listener);
  }
}
