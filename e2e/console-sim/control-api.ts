import type { AgentWorkRecord, RouteInput } from './model/omni-records';
import type { PresenceMethod } from './simulated-sforce';

/**
 * The simulator's programmatic control for test fixtures, on `window.omniConsoleSimulator.control`
 * of the simulated console's page. Documented in docs/QA.md.
 */
export interface ConsoleSimulatorControl {
  /** Creates a work item for routing; returns its record id (500…, 00Q…, 570…). */
  route(input: Partial<RouteInput> & Pick<RouteInput, 'type'>): string;
  /** Sets the agent's presence as the Omni-Channel widget would; `Offline` logs out. */
  setStatus(statusApiName: string): void;
  /** Makes the next `times` calls of a toolkit method fail (`success: false`). */
  failNext(method: PresenceMethod, times?: number): void;
  /** The bridge page stops answering, as a hung page would. */
  killBridge(): void;
  /** Reloads the bridge page, as the console does when it reloads a component. */
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
  /** How many times a bridge page has connected to the simulator since it loaded. */
  bridgeLoads(): number;
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
