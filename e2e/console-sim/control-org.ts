import type { OrgConfig } from './model/org-config';
import type { FlagRole } from './model/work-flags';

/** A raised flag, as the supervisor view and `flags()` show it. */
export interface RaisedFlag {
  readonly workId: string;
  readonly workItemId: string;
  readonly subject: string;
  readonly message?: string;
  readonly raisedBy: FlagRole;
}

/**
 * The control API's org settings and the documented behaviours they switch on (control-api.ts;
 * docs/QA.md). Defaults are the calm org every suite expects.
 */
export interface ConsoleSimulatorOrgControl {
  /** Presence Configuration: a decline needs a reason (on by default); off, a decline without one succeeds. */
  setDeclineReasonRequired(on: boolean): void;
  /** Presence Configuration "Automatically accept work requests" (off by default). */
  setAutoAccept(on: boolean): void;
  /** The capacity model: `tab-based` (default) or `status-based`; says what closes work besides closeAgentWork. */
  setCapacityModel(model: OrgConfig['capacityModel']): void;
  /** The agent closes the record's console tab: WorkClosed under tab-based capacity. */
  closeTab(recordId: string): void;
  /** The record reaches a Completed status: WorkClosed under status-based capacity. */
  completeRecord(workItemId: string): void;
  /** The conversation ends; after-conversation work lasts `ms` (default 0), then the work closes. */
  endConversation(workItemId: string, ms?: number): void;
  /** Interruptible capacity (Enhanced Omni-Channel); items routed with `interruptible: true` use it. */
  setInterruptibleCapacity(capacity: number): void;
  /** Lightning only: the length of the ids the toolkit sends (18 by default, or 15). */
  setToolkitIdLength(length: 15 | 18): void;
  /** Lightning only: the raised flags on the agent's current work. */
  flags(): RaisedFlag[];
  /** Lightning only: a supervisor lowers the flag on the record's work (WorkFlagUpdated, SUPERVISOR). */
  lowerFlag(workItemId: string): void;
}
