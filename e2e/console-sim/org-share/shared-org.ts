import type { LogoutReason } from '@shared/protocol/events.schema';
import type { ConsoleKind } from '../control-api';
import type { ChangeCause } from '../lightning/lightning-events';
import type { OmniModel, OmniModelState } from '../model/omni-model';
import type { ToolkitEvent } from '../model/toolkit-events';

/** What every console tab of the org shares, as Salesforce's servers hold it. */
export interface SharedOrgState {
  readonly model: OmniModelState;
  /** The console tab whose Omni-Channel holds the agent's one live session; null while none does. */
  readonly sessionTab: string | null;
  /** OmniChannelSettings.enableOmniAutoLoginPrompt: a new tab asks before it takes the session. */
  readonly autoLoginPrompt: boolean;
}

/** Tab to tab: events for the tab that holds the session, or the news that it lost it. */
type OrgMessage =
  | { readonly to: string; readonly kind: 'events'; events: ToolkitEvent[]; cause: ChangeCause; reason?: LogoutReason }
  | { readonly to: string; readonly kind: 'session-taken'; readonly by: string };

/** What the page does with what reaches it: fire events at its toolkit, redraw. */
export interface SharedOrgHooks {
  fire(events: readonly ToolkitEvent[], cause: ChangeCause, reason?: LogoutReason): void;
  changed(): void;
}

const MUTATORS = ['route', 'setStatus', 'logout', 'accept', 'decline', 'close', 'tick'] as const;

/**
 * The simulated org shared by every console tab of one origin and console kind, standing in for
 * Salesforce's servers: the model's state in localStorage (synchronous, so a toolkit call still
 * answers from one consistent state, and every tab sees each change through the `storage` event),
 * which tab's Omni-Channel holds the session, and a broadcast channel that carries events to that
 * tab. A tab registers itself while open; the first tab of a browser (or a reload of the only
 * one) starts a fresh org, so one tab behaves as the simulator always did.
 */
export class SharedOrg {
  readonly tabId = `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly orgKey: string;
  private readonly tabsKey: string;
  private readonly channel: BroadcastChannel;
  private state: SharedOrgState;
  private hooks: SharedOrgHooks | null = null;

  constructor(
    kind: ConsoleKind,
    private readonly model: OmniModel,
  ) {
    this.orgKey = `omni-sim:${kind}:org`;
    this.tabsKey = `omni-sim:${kind}:tabs`;
    this.channel = new BroadcastChannel(`omni-sim:${kind}`);
    const saved = this.liveTabs().length > 0 ? localStorage.getItem(this.orgKey) : null;
    this.state = saved
      ? (JSON.parse(saved) as SharedOrgState)
      : { model: model.snapshot(), sessionTab: null, autoLoginPrompt: false };
    model.restore(this.state.model);
    this.save();
    this.join();
    this.shareChanges();
    addEventListener('storage', (e) => this.storageChanged(e));
    this.channel.onmessage = (e: MessageEvent<OrgMessage>) => this.received(e.data);
  }

  /** Connects the page (its console is built after the org). */
  attach(hooks: SharedOrgHooks): void {
    this.hooks = hooks;
  }

  get sessionTab(): string | null {
    return this.state.sessionTab;
  }

  /** Whether this tab's Omni-Channel sees the org: it holds the session, or no tab is logged in. */
  get seesSession(): boolean {
    const tab = this.state.sessionTab;
    return tab === null || tab === this.tabId || this.model.status === null;
  }

  get autoLoginPrompt(): boolean {
    return this.state.autoLoginPrompt;
  }

  set autoLoginPrompt(on: boolean) {
    this.update({ autoLoginPrompt: on });
  }

  /**
   * This tab's Omni-Channel logs in while another tab's holds the session: Salesforce keeps one
   * live session per user, so that tab is logged out (Lightning: DuplicateLoginInSameBrowser).
   */
  takeSession(): void {
    const from = this.state.sessionTab;
    if (from === this.tabId) return;
    this.update({ sessionTab: this.tabId });
    if (from !== null && this.model.status !== null) this.post({ to: from, kind: 'session-taken', by: this.tabId });
  }

  /** Fires events of a change made outside a toolkit call where the session is: here, or in its tab. */
  fire(events: readonly ToolkitEvent[], cause: ChangeCause, reason?: LogoutReason): void {
    const to = this.state.sessionTab;
    if (to === null || to === this.tabId) this.hooks?.fire(events, cause, reason);
    else if (events.length) this.post({ to, kind: 'events', events: [...events], cause, reason });
  }

  /** The tab ids of the open console tabs of this org (frozen ones included). */
  liveTabs(): string[] {
    return Object.keys(JSON.parse(localStorage.getItem(this.tabsKey) ?? '{}') as Record<string, true>);
  }

  private update(change: Partial<SharedOrgState>): void {
    this.state = { ...this.state, ...change };
    this.save();
  }

  private save(): void {
    this.state = { ...this.state, model: this.model.snapshot() };
    localStorage.setItem(this.orgKey, JSON.stringify(this.state));
  }

  /** Saves the model after each change, wherever it came from (toolkits, widget, control API, clock). */
  private shareChanges(): void {
    const target = this.model as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of MUTATORS) {
      const run = target[name].bind(this.model);
      target[name] = (...args: unknown[]) => {
        const wasLoggedIn = this.model.status !== null;
        const result = run(...args);
        if (!Array.isArray(result) || result.length > 0) this.afterChange(wasLoggedIn);
        return result;
      };
    }
  }

  /**
   * Logging in starts the session where it happened. Logging out keeps the tab's name: the events
   * of the logout still go there, and the next login (anywhere) moves it.
   */
  private afterChange(wasLoggedIn: boolean): void {
    if (!wasLoggedIn && this.model.status !== null) this.state = { ...this.state, sessionTab: this.tabId };
    this.save();
  }

  private storageChanged(e: StorageEvent): void {
    if (e.key !== this.orgKey || e.newValue === null) return;
    this.state = JSON.parse(e.newValue) as SharedOrgState;
    this.model.restore(this.state.model);
    this.hooks?.changed();
  }

  private received(message: OrgMessage): void {
    if (message.to !== this.tabId || !this.hooks) return;
    if (message.kind === 'events') this.hooks.fire(message.events, message.cause, message.reason);
    else {
      // The news may come before the storage event that says so: this tab no longer sees the org.
      this.state = { ...this.state, sessionTab: message.by };
      this.hooks.fire([{ name: 'LOGOUT', payload: {} }], 'agent', 'DuplicateLoginInSameBrowser');
    }
    this.hooks.changed();
  }

  private post(message: OrgMessage): void {
    // eslint-disable-next-line no-restricted-syntax -- a BroadcastChannel reaches its own origin only.
    this.channel.postMessage(message);
  }

  /** Registers this tab while it is open; the last one to leave ends the org, as a fresh context would. */
  private join(): void {
    const write = (tabs: string[]) =>
      localStorage.setItem(this.tabsKey, JSON.stringify(Object.fromEntries(tabs.map((t) => [t, true]))));
    write([...this.liveTabs(), this.tabId]);
    addEventListener('pagehide', () => {
      const rest = this.liveTabs().filter((t) => t !== this.tabId);
      write(rest);
      if (rest.length === 0) localStorage.removeItem(this.orgKey);
    });
    addEventListener('pageshow', (e) => {
      if (e.persisted) write([...this.liveTabs(), this.tabId]);
    });
  }
}
