import type { LogoutReason } from '@shared/bridge/events.schema';
import type {
  OmniChannelsResult,
  OmniDone,
  OmniStatusIdResult,
  OmniStatusResult,
  OmniToolkitApi,
  OmniWorkloadResult,
  OmniWorksResult,
} from '../../../omni-mfe/bridge/adapters/omni-toolkit';
import type { OmniModel } from '../model/omni-model';
import { SimRefusal } from '../model/omni-records';
import type { ToolkitEvent } from '../model/toolkit-events';
import { CallLedger } from './call-ledger';
import { channels18, lightningEvents, type ChangeCause, type LightningEvent } from './lightning-events';
import { findById, to18 } from './salesforce-ids';

export interface SimulatedOmniToolkitHooks {
  /** Hands one `lightning:omniChannel*` event to whoever listens (the relay's Aura shell). */
  deliver(event: LightningEvent): void;
  /** Called after every change of the model, so the page can redraw. */
  changed(): void;
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

  constructor(
    private readonly model: OmniModel,
    private readonly hooks: SimulatedOmniToolkitHooks,
  ) {}

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
      return { result: { statusId: to18(statusId), statusName, statusApiName } };
    });
  }

  getServicePresenceStatusChannels(): Promise<OmniChannelsResult> {
    return this.act('getServicePresenceStatusChannels', () => ({
      result: { channels: channels18(this.loggedInStatus().channels) },
    }));
  }

  getAgentWorks(): Promise<OmniWorksResult> {
    return this.act('getAgentWorks', () => ({
      result: {
        works: JSON.stringify(
          this.model.currentWork.map((w) => ({
            workItemId: to18(w.workItemId),
            workId: to18(w.workId),
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

  /** Delivers events caused outside a toolkit call (the widget, routing, push timeouts, Salesforce). */
  fire(events: readonly ToolkitEvent[], cause: ChangeCause, logoutReason?: LogoutReason): void {
    if (events.length) this.hooks.changed();
    const context = {
      cause,
      logoutReason,
      sendsReasons: this.sendsReasons,
      interruptibleCapacity: this.model.config.interruptibleCapacity,
    };
    for (const event of lightningEvents(events, context)) setTimeout(() => this.hooks.deliver(event), 0);
  }

  private act<R>(method: string, run: () => { result: R; events?: ToolkitEvent[] }): Promise<R> {
    let events: ToolkitEvent[] = [];
    const answer = this.ledger.call(method, () => {
      const outcome = run();
      events = outcome.events ?? [];
      return outcome.result;
    });
    // Queued after the answer: a call's answer comes before the events it caused.
    this.fire(events, 'toolkit');
    return answer;
  }

  private statusResult(): OmniStatusResult {
    const { statusId, statusName, statusApiName, channels } = this.loggedInStatus();
    return { statusId: to18(statusId), statusName, statusApiName, channels: channels18(channels) };
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
