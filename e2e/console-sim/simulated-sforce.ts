import type {
  SforceConsole,
  SforceEventListener,
  SforcePresenceEvents,
  SforceResult,
} from '../../omni-mfe/console-side/adapters/sforce-console';
import { OmniModel } from './model/omni-model';
import { SimRefusal } from './model/omni-records';
import type { ToolkitEvent, ToolkitEventName } from './model/toolkit-events';
import { DeliveryScheduler } from './timing/delivery-scheduler';
import { streamOfModelEvent, mergeModelWorkload } from './timing/event-streams';

/**
 * The methods QA can make fail (`failNext`), by their toolkit names; `openTab` is Lightning's
 * workspace API call for what Classic's `openPrimaryTab` does.
 */
export type PresenceMethod =
  keyof SforceConsole['presence'] | 'openPrimaryTab' | 'openTab' | 'raiseAgentWorkFlag' | 'lowerAgentWorkFlag';

export interface SimulatedSforceHooks {
  isConsoleMode(): boolean;
  openTab(url: string): string;
  /** Called after every change of the model, so the simulator's page can redraw. */
  changed(): void;
  /** When answers and events arrive (calm when absent). */
  readonly scheduler?: DeliveryScheduler;
}

const EVENT_NAMES: Readonly<Record<ToolkitEventName, string>> = {
  LOGIN_SUCCESS: 'omni.presence.LOGIN_SUCCESS',
  STATUS_CHANGED: 'omni.presence.STATUS_CHANGED',
  LOGOUT: 'omni.presence.LOGOUT',
  WORK_ASSIGNED: 'omni.presence.WORK_ASSIGNED',
  WORK_ACCEPTED: 'omni.presence.WORK_ACCEPTED',
  WORK_DECLINED: 'omni.presence.WORK_DECLINED',
  WORK_CLOSED: 'omni.presence.WORK_CLOSED',
  WORKLOAD_CHANGED: 'omni.presence.WORKLOAD_CHANGED',
};

/**
 * A Classic-shaped `sforce.console` backed by the model. Like the real toolkit, it answers
 * asynchronously: a call's callback runs in a later task, and the events it caused follow it.
 */
export class SimulatedSforce {
  private readonly listeners = new Map<string, Set<SforceEventListener>>();
  private readonly failures = new Map<PresenceMethod, number>();
  private readonly scheduler: DeliveryScheduler;
  readonly console: SforceConsole;

  constructor(
    private readonly model: OmniModel,
    private readonly hooks: SimulatedSforceHooks,
  ) {
    this.scheduler = hooks.scheduler ?? new DeliveryScheduler();
    const act = <R extends object>(
      method: PresenceMethod,
      run: () => { result?: R; events?: ToolkitEvent[] },
      callback?: (r: SforceResult & R) => void,
    ) => this.act(method, run, callback);
    const m = model;
    this.console = {
      isInConsole: () => hooks.isConsoleMode(),
      addEventListener: (name, listener) => this.listenersOf(name).add(listener),
      removeEventListener: (name, listener) => this.listenersOf(name).delete(listener),
      openPrimaryTab: (_id, url, _active, _label, callback) =>
        act('openPrimaryTab', () => ({ result: { id: hooks.openTab(url) } }), callback),
      ConsoleEvent: { PRESENCE: EVENT_NAMES as unknown as SforcePresenceEvents },
      presence: {
        login: (statusId, cb) => act('login', () => ({ events: m.setStatus(statusId), result: statusResult(m) }), cb),
        logout: (cb) => act('logout', () => ({ events: m.logout() }), cb),
        setServicePresenceStatus: (statusId, cb) =>
          act('setServicePresenceStatus', () => ({ events: m.setStatus(statusId), result: statusResult(m) }), cb),
        getServicePresenceStatusId: (cb) =>
          act(
            'getServicePresenceStatusId',
            () => {
              if (!m.status) throw new SimRefusal('The agent is not logged in to Omni-Channel.');
              const { statusId, statusName, statusApiName } = m.status;
              return { result: { statusId, statusName, statusApiName } };
            },
            cb,
          ),
        getServicePresenceStatusChannels: (cb) =>
          act(
            'getServicePresenceStatusChannels',
            () => ({ result: { channels: JSON.stringify(m.status?.channels ?? []) } }),
            cb,
          ),
        getAgentWorks: (cb) =>
          act(
            'getAgentWorks',
            () => ({
              result: {
                works: JSON.stringify(
                  m.currentWork.map((w) => ({
                    workId: w.workId,
                    workItemId: w.workItemId,
                    isEngaged: w.status === 'Opened',
                  })),
                ),
              },
            }),
            cb,
          ),
        acceptAgentWork: (workId, cb) => act('acceptAgentWork', () => ({ events: m.accept(workId) }), cb),
        declineAgentWork: (workId, reason, cb) =>
          act('declineAgentWork', () => ({ events: m.decline(workId, reason) }), cb),
        closeAgentWork: (workId, cb) => act('closeAgentWork', () => ({ events: m.close(workId) }), cb),
        getAgentWorkload: (cb) =>
          act(
            'getAgentWorkload',
            () => ({
              result: {
                configuredCapacity: m.config.capacity,
                currentWorkload: m.workload,
                configuredInterruptibleCapacity: m.config.interruptibleCapacity,
                currentInterruptibleWorkload: m.interruptibleWorkload,
              },
            }),
            cb,
          ),
      },
    };
  }

  /** Makes the next `times` calls of `method` answer `success: false` without changing anything. */
  failNext(method: PresenceMethod, times = 1): void {
    const classic = method === 'openTab' ? 'openPrimaryTab' : method;
    this.failures.set(classic, (this.failures.get(classic) ?? 0) + times);
  }

  /**
   * Fires events caused outside a toolkit call (routing, the widget, push timeouts), or, with
   * `answered` (the answer's delay), those a call caused. Each goes to the listeners its event had
   * when it was fired.
   */
  fire(events: readonly ToolkitEvent[], answered?: number): void {
    if (events.length) this.hooks.changed();
    const listeners = new Map(events.map((e) => [e.name, [...this.listenersOf(EVENT_NAMES[e.name])]]));
    this.scheduler.deliver(
      {
        events,
        streamOf: streamOfModelEvent,
        merge: mergeModelWorkload,
        deliver: (event) => listeners.get(event.name)?.forEach((listener) => listener(classicPayload(event))),
      },
      answered,
    );
  }

  private act<R extends object>(
    method: PresenceMethod,
    run: () => { result?: R; events?: ToolkitEvent[] },
    callback?: (r: SforceResult & R) => void,
  ): void {
    const planned = this.failures.get(method) ?? 0;
    let outcome: { result?: R; events?: ToolkitEvent[] } | null = null;
    if (planned > 0) this.failures.set(method, planned - 1);
    else {
      try {
        outcome = run();
      } catch (err) {
        if (!(err instanceof SimRefusal)) throw err;
      }
    }
    const answer = outcome
      ? ({ success: true, ...outcome.result } as SforceResult & R)
      : ({ success: false } as SforceResult & R);
    const delay = this.scheduler.planAnswer();
    this.scheduler.answer(delay, () => callback?.(answer));
    this.fire(outcome?.events ?? [], delay);
  }

  private listenersOf(name: string): Set<SforceEventListener> {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    return set;
  }
}

/** The payload as Classic documents it: WORKLOAD_CHANGED has no interruptible workload there. */
function classicPayload(event: ToolkitEvent): Record<string, unknown> {
  if (event.name !== 'WORKLOAD_CHANGED') return { ...event.payload };
  const { ConfiguredCapacity, PreviousWorkload, NewWorkload } = event.payload;
  return { ConfiguredCapacity, PreviousWorkload, NewWorkload };
}

function statusResult(model: OmniModel) {
  const s = model.status;
  return s
    ? {
        statusId: s.statusId,
        statusName: s.statusName,
        statusApiName: s.statusApiName,
        channels: JSON.stringify(s.channels),
      }
    : {};
}
