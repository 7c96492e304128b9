import type { LogoutReason } from '@shared/protocol/events.schema';
import type {
  OmniChannelsResult,
  OmniDone,
  OmniStatusIdResult,
  OmniStatusResult,
  OmniToolkitApi,
  OmniWorkloadResult,
  OmniWorksResult,
} from '../../../omni-mfe/console-side/adapters/omni-toolkit';
import type { OmniModel } from '../model/omni-model';
import { SimRefusal } from '../model/omni-records';
import type { ToolkitEvent } from '../model/toolkit-events';
import { WorkFlags, type FlagChange } from '../model/work-flags';
import { DeliveryScheduler } from '../timing/delivery-scheduler';
import { mergeLightningWorkload, streamOfLightningEvent } from '../timing/event-streams';
import { CallLedger } from './call-ledger';
import { channels18, flagUpdated, lightningEvents, type ChangeCause, type LightningEvent } from './lightning-events';
import { findById, idOfLength } from './salesforce-ids';

export interface SimulatedOmniToolkitHooks {
  /** Hands one `lightning:omniChannel*` event to whoever listens (the relay's Aura shell). */
  deliver(event: LightningEvent): void;
  /** Called after every change of the model, so the page can redraw. */
  changed(): void;
  /** When answers and events arrive (calm when absent). */
  readonly scheduler?: DeliveryScheduler;
}

/**
 * `lightning:omniToolkitAPI` backed by the simulated org (the model Classic uses too), with
 * Lightning's shapes: each method takes one object and returns a Promise answered in a later
 * task (rejected with an Error on refusal); ids go out in their 18-character form and are taken
 * in either form; `works` and `channels` are JSON strings; the workload has its interruptible
 * half. The events a call causes follow its answer, as in Classic.
 */
export class SimulatedOmniToolkit implements OmniToolkitApi {
  readonly ledger = new CallLedger();
  /** Orgs before Winter '26 send StatusChanged without `reason` (QA can switch it off). */
  sendsReasons = true;
  /** The length of the ids the toolkit sends: 18, or 15 as some orgs send them (control API). */
  idLength: 15 | 18 = 18;
  /** The work items' flags; the simulator's supervisor view reads and lowers them too. */
  readonly flags: WorkFlags;
  private readonly scheduler: DeliveryScheduler;

  constructor(
    private readonly model: OmniModel,
    private readonly hooks: SimulatedOmniToolkitHooks,
  ) {
    this.flags = new WorkFlags(model);
    this.scheduler = hooks.scheduler ?? new DeliveryScheduler();
  }

  setServicePresenceStatus(args: { statusId: string }): Promise<OmniStatusResult> {
    return this.act('setServicePresenceStatus', () => {
      const statusId = this.statusIdIn(args, 'setServicePresenceStatus');
      return { events: this.model.setStatus(statusId), result: this.statusResult() };
    });
  }

  login(args: { statusId: string }): Promise<OmniDone> {
    return this.act('login', () => ({ events: this.model.setStatus(this.statusIdIn(args, 'login')), result: true }));
  }

  logout(): Promise<OmniDone> {
    return this.act('logout', () => ({ events: this.model.logout(), result: true }));
  }

  getServicePresenceStatusId(): Promise<OmniStatusIdResult> {
    return this.act('getServicePresenceStatusId', () => {
      const { statusId, statusName, statusApiName } = this.loggedInStatus();
      return { result: { statusId: this.out(statusId), statusName, statusApiName } };
    });
  }

  getServicePresenceStatusChannels(): Promise<OmniChannelsResult> {
    return this.act('getServicePresenceStatusChannels', () => ({
      result: { channels: channels18(this.loggedInStatus().channels, this.idLength) },
    }));
  }

  getAgentWorks(): Promise<OmniWorksResult> {
    return this.act('getAgentWorks', () => ({
      result: {
        works: JSON.stringify(
          this.model.currentWork.map((w) => ({
            workItemId: this.out(w.workItemId),
            workId: this.out(w.workId),
            isEngaged: w.status === 'Opened',
          })),
        ),
      },
    }));
  }

  getAgentWorkload(): Promise<OmniWorkloadResult> {
    return this.act('getAgentWorkload', () => ({
      result: {
        configuredCapacity: this.model.config.capacity,
        currentWorkload: this.model.workload,
        configuredInterruptibleCapacity: this.model.config.interruptibleCapacity,
        currentInterruptibleWorkload: this.model.interruptibleWorkload,
      },
    }));
  }

  acceptAgentWork(args: { workId: string }): Promise<OmniDone> {
    return this.act('acceptAgentWork', () => ({ events: this.model.accept(this.workIdIn(args)), result: true }));
  }

  /** `declineReason` goes to the model as given: anything but text is refused there. */
  declineAgentWork(args: { workId: string; declineReason?: string }): Promise<OmniDone> {
    return this.act('declineAgentWork', () => ({
      events: this.model.decline(this.workIdIn(args), (args as { declineReason?: unknown }).declineReason),
      result: true,
    }));
  }

  closeAgentWork(args: { workId: string }): Promise<OmniDone> {
    return this.act('closeAgentWork', () => ({ events: this.model.close(this.workIdIn(args)), result: true }));
  }

  /**
   * raiseAgentWorkFlag for Lightning Experience (sforce-api-console-lightning-raiseagentworkflag):
   * `{workId, message?}`, resolves true; WorkFlagUpdated follows, raised by the AGENT.
   */
  raiseAgentWorkFlag(args: { workId: string; message?: string }): Promise<boolean> {
    return this.flagCall('raiseAgentWorkFlag', () =>
      this.flags.raise(this.workIdIn(args), (args as { message?: unknown }).message, 'AGENT'),
    );
  }

  /** lowerAgentWorkFlag for Lightning Experience: `{workId}`; `false` when no flag was raised. */
  lowerAgentWorkFlag(args: { workId: string }): Promise<boolean> {
    return this.flagCall('lowerAgentWorkFlag', () => this.flags.lower(this.workIdIn(args), 'AGENT'));
  }

  /** Delivers events caused outside a toolkit call (the widget, routing, push timeouts, Salesforce). */
  fire(events: readonly ToolkitEvent[], cause: ChangeCause, logoutReason?: LogoutReason, answered?: number): void {
    if (events.length) this.hooks.changed();
    const context = {
      cause,
      logoutReason,
      sendsReasons: this.sendsReasons,
      interruptibleCapacity: this.model.config.interruptibleCapacity,
      idLength: this.idLength,
    };
    this.fireLightning(lightningEvents(events, context), answered);
  }

  /** A flag changed outside the agent's toolkit (a supervisor lowered it): WorkFlagUpdated. */
  flagChanged(change: FlagChange, answered?: number): void {
    this.hooks.changed();
    this.fireLightning([flagUpdated(change, (id) => this.out(id))], answered);
  }

  /** Hands Lightning events to the scheduler (calm: in order, right after the answer, if any). */
  fireLightning(events: readonly LightningEvent[], answered?: number): void {
    const deliver = (event: LightningEvent) => this.hooks.deliver(event);
    this.scheduler.deliver(
      { events, streamOf: streamOfLightningEvent, merge: mergeLightningWorkload, deliver },
      answered,
    );
  }

  private flagCall(method: string, run: () => FlagChange | null): Promise<boolean> {
    let change: FlagChange | null = null;
    const delay = this.scheduler.planAnswer();
    const answer = this.ledger.call(method, () => (change = run()) !== null, delay);
    if (change) this.flagChanged(change, delay);
    return answer;
  }

  private act<R>(method: string, run: () => { result: R; events?: ToolkitEvent[] }): Promise<R> {
    let events: ToolkitEvent[] = [];
    const delay = this.scheduler.planAnswer();
    const answer = this.ledger.call(
      method,
      () => {
        const outcome = run();
        events = outcome.events ?? [];
        return outcome.result;
      },
      delay,
    );
    // Calm: queued after the answer, so a call's answer comes before the events it caused.
    this.fire(events, 'toolkit', undefined, delay);
    return answer;
  }

  private out(id: string): string {
    return idOfLength(id, this.idLength);
  }

  private statusResult(): OmniStatusResult {
    const { statusId, statusName, statusApiName, channels } = this.loggedInStatus();
    return { statusId: this.out(statusId), statusName, statusApiName, channels: channels18(channels, this.idLength) };
  }

  private loggedInStatus() {
    const status = this.model.status;
    if (!status) throw new SimRefusal('The agent is not logged in to Omni-Channel.');
    return status;
  }

  private statusIdIn(args: unknown, method: string): string {
    const given = objectArg(args, method)['statusId'];
    const status = findById(given, this.model.config.statuses, (s) => s.statusId);
    if (!status) throw new SimRefusal(`No presence status ${String(given)} is assigned to this agent.`);
    return status.statusId;
  }

  private workIdIn(args: unknown): string {
    const given = objectArg(args, 'a work method')['workId'];
    return findById(given, this.model.agentWork, (w) => w.workId)?.workId ?? String(given);
  }
}

/** Lightning's methods take one object; a Classic-style call (an id, a callback) is refused. */
function objectArg(args: unknown, method: string): Record<string, unknown> {
  if (typeof args !== 'object' || args === null || Array.isArray(args))
    throw new SimRefusal(`${method} takes one object, such as {statusId} or {workId}.`);
  return args as Record<string, unknown>;
}
