import type {
  SforceConsole,
  SforceEventListener,
  SforcePresence,
  SforcePresenceEvents,
  SforceResult,
} from '../sforce-console';

type Answer = SforceResult & Record<string, unknown>;

/**
 * A double of the Classic toolkit with exactly the documented signatures. Each presence method
 * records its arguments and answers, asynchronously like the real one, with what the test set.
 */
export class SforceDouble {
  readonly calls: { method: string; args: unknown[] }[] = [];
  readonly answers = new Map<string, Answer>();
  inConsole = true;
  private readonly listeners = new Map<string, Set<SforceEventListener>>();
  readonly events: SforcePresenceEvents = {
    LOGIN_SUCCESS: 'presence.LOGIN_SUCCESS',
    STATUS_CHANGED: 'presence.STATUS_CHANGED',
    LOGOUT: 'presence.LOGOUT',
    SFDC_LOGOUT: 'presence.SFDC_LOGOUT',
    WORK_ASSIGNED: 'presence.WORK_ASSIGNED',
    WORK_ACCEPTED: 'presence.WORK_ACCEPTED',
    WORK_DECLINED: 'presence.WORK_DECLINED',
    WORK_CLOSED: 'presence.WORK_CLOSED',
    WORKLOAD_CHANGED: 'presence.WORKLOAD_CHANGED',
  };
  readonly console: SforceConsole;

  constructor() {
    const answer = (method: string, args: unknown[], callback?: (r: Answer) => void) => {
      this.calls.push({ method, args });
      const result = this.answers.get(method) ?? { success: true };
      setTimeout(() => callback?.(result), 0);
    };
    const presence: SforcePresence = {
      login: (statusId, cb) => answer('login', [statusId], cb as never),
      logout: (cb) => answer('logout', [], cb as never),
      setServicePresenceStatus: (statusId, cb) => answer('setServicePresenceStatus', [statusId], cb as never),
      getServicePresenceStatusId: (cb) => answer('getServicePresenceStatusId', [], cb as never),
      getServicePresenceStatusChannels: (cb) => answer('getServicePresenceStatusChannels', [], cb as never),
      getAgentWorks: (cb) => answer('getAgentWorks', [], cb as never),
      acceptAgentWork: (workId, cb) => answer('acceptAgentWork', [workId], cb as never),
      declineAgentWork: (workId, reason, cb) => answer('declineAgentWork', [workId, reason], cb as never),
      closeAgentWork: (workId, cb) => answer('closeAgentWork', [workId], cb as never),
      getAgentWorkload: (cb) => answer('getAgentWorkload', [], cb as never),
    };
    this.console = {
      isInConsole: () => this.inConsole,
      addEventListener: (name, listener) => this.listenersOf(name).add(listener),
      removeEventListener: (name, listener) => this.listenersOf(name).delete(listener),
      openPrimaryTab: (id, url, active, tabLabel, cb) =>
        answer('openPrimaryTab', [id, url, active, tabLabel], cb as never),
      ConsoleEvent: { PRESENCE: this.events },
      presence,
    };
  }

  /** Fires a console event to the registered listeners, as the console does. */
  fire(name: keyof SforcePresenceEvents, payload: Record<string, unknown> = {}): void {
    for (const listener of this.listenersOf(this.events[name] as string)) listener(payload);
  }

  listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  private listenersOf(name: string): Set<SforceEventListener> {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    return set;
  }
}

/** Lets the double's callbacks and the adapter's event queue run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
