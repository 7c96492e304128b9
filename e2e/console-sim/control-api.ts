import type { LogoutReason } from '@shared/protocol/events.schema';
import type { ServiceDrop } from './lightning/message-service';
import type { OpenCtiError } from './lightning/opencti-wire';
import type { ConsoleSimulatorOrgControl } from './control-org';
import type { ConsoleSimulatorTimingControl } from './control-timing';
import type { AgentWorkRecord, RouteInput } from './model/omni-records';
import type { PresenceMethod } from './simulated-sforce';

/** Which console the page simulates: `/` is Classic, `/?console=lightning` Lightning. */
export type ConsoleKind = 'classic' | 'lightning';

/**
 * The simulator's programmatic control for test fixtures, on `window.omniConsoleSimulator.control`
 * of the simulated console's page. Documented in docs/QA.md.
 */
export interface ConsoleSimulatorControl extends ConsoleSimulatorTimingControl, ConsoleSimulatorOrgControl {
  /** Creates a work item for routing; returns its record id (500…, 00Q…, 570…). */
  route(input: Partial<RouteInput> & Pick<RouteInput, 'type'>): string;
  /**
   * Sets the agent's presence as the Omni-Channel widget would (`by: 'supervisor'`: as a supervisor
   * would, which Lightning tells apart); `Offline` logs out.
   */
  setStatus(statusApiName: string, by?: 'agent' | 'supervisor'): void;
  /**
   * Salesforce logs the agent out of Omni-Channel: Lightning's Logout carries `reason`
   * (DuplicateLogin, DuplicateLoginInSameBrowser, MaintenanceLogout, OmniSupervisorLogout);
   * Classic's LOGOUT carries none.
   */
  logOut(reason?: LogoutReason): void;
  /**
   * Makes the next `times` calls of a toolkit method fail: `success: false` in Classic, a rejected
   * Promise in Lightning (where `openTab`, the workspace API's, stands for `openPrimaryTab`), or with
   * `as: 'false'` a Promise resolved `false` (Lightning, the methods documented to resolve true).
   */
  failNext(method: PresenceMethod, times?: number, as?: 'error' | 'false'): void;
  /** The bridge page (Lightning: the relay) stops answering, as a hung page would. */
  killBridge(): void;
  /** Reloads the bridge page (Lightning: restarts the relay, which announces itself again). */
  reloadBridge(): void;
  setConsoleMode(on: boolean): void;
  /** Renames a presence status (Setup would); the next status change reports the new name. */
  setStatusName(statusApiName: string, name: string): void;
  setPushTimeout(ms: number): void;
  /** A copy of the AgentWork table, history included. */
  agentWork(): AgentWorkRecord[];
  /** The agent's presence status API name, or `Offline`. */
  presence(): string;
  openTabs(): string[];
  /** How many times a bridge page (Lightning: the relay) has started since the console loaded. */
  bridgeLoads(): number;
  consoleKind(): ConsoleKind;
  /** Lightning only: the next `times` publishes from the softphone fail with Open CTI's `errors`. */
  failNextPublish(times?: number, error?: OpenCtiError): void;
  /**
   * Lightning only: the softphone's active subscriptions at the message service, and the messages
   * to it that were dropped, by why.
   */
  messageService(): { subscriptions: number; drops: Record<ServiceDrop, number> };
  /** Lightning only: whether StatusChanged carries `reason` (orgs before Winter '26 send none). */
  setStatusReasons(on: boolean): void;
  /**
   * Lightning only: the length of the status ids in the org's status list the relay reads (18, as
   * Apex gives them, or 15, as published components trim them); the toolkit keeps sending 18. Read
   * by the relay when it (re)starts and when omni-mfe asks for the statuses.
   */
  setStatusListIdLength(length: 15 | 18): void;
  /**
   * Lightning only: Omni-Channel reports a connection problem (omniChannelConnectionError, its
   * `error` an object `{ message }`); `thenLogOut`: the logout that may follow it.
   */
  connectionError(error: string, thenLogOut?: boolean): void;
  /**
   * Toolkit calls made by bridge pages since the console loaded, by method: how many, and how
   * many answered `success: true` or `false` (an answer not yet given counts in neither).
   */
  toolkitCalls(): Record<string, ToolkitCallCount>;
}

export interface ToolkitCallCount {
  calls: number;
  succeeded: number;
  failed: number;
}
