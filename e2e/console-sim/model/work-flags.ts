import { SimRefusal } from './omni-records';
import type { OmniModel } from './omni-model';

/** Who raised or lowered a flag, as `lightning:omniChannelWorkFlagUpdated` names them. */
export type FlagRole = 'AGENT' | 'SUPERVISOR';

export interface WorkFlag {
  readonly workId: string;
  readonly message?: string;
  readonly raisedBy: FlagRole;
}

/** A flag's change, for the WorkFlagUpdated event. */
export interface FlagChange {
  readonly workId: string;
  readonly isFlagged: boolean;
  readonly message?: string;
  readonly role: FlagRole;
}

/**
 * Work-item flags (Lightning: raiseAgentWorkFlag / lowerAgentWorkFlag, Salesforce Console
 * Developer Guide sforce-api-console-lightning-raiseagentworkflag and -loweragentworkflag): an
 * agent raises a flag on their current work, with an optional message, to ask a supervisor for
 * help; the agent or a supervisor (Omni Supervisor) lowers it. Which work may be flagged, and what
 * lowering an unraised flag does, are not documented: here only current work (assigned or opened)
 * can be flagged, and lowering an unraised flag changes nothing (the toolkit resolves `false`).
 */
export class WorkFlags {
  private readonly raised = new Map<string, WorkFlag>();

  constructor(private readonly model: OmniModel) {}

  /** The raised flags of the agent's current work (a closed or declined item's flag goes with it). */
  get current(): WorkFlag[] {
    const current = new Set(this.model.currentWork.map((w) => w.workId));
    return [...this.raised.values()].filter((f) => current.has(f.workId));
  }

  raise(workId: string, message: unknown, role: FlagRole): FlagChange {
    if (message !== undefined && typeof message !== 'string')
      throw new SimRefusal(`A flag's message must be text, not ${typeof message}.`);
    if (!this.model.currentWork.some((w) => w.workId === workId))
      throw new SimRefusal(`Work ${workId} is not the agent's current work, so it cannot be flagged.`);
    this.raised.set(workId, { workId, raisedBy: role, ...(message ? { message } : {}) });
    return { workId, isFlagged: true, role, ...(message ? { message } : {}) };
  }

  /** The change, or null when the work had no raised flag. */
  lower(workId: string, role: FlagRole): FlagChange | null {
    if (!this.current.some((f) => f.workId === workId)) return null;
    this.raised.delete(workId);
    return { workId, isFlagged: false, role };
  }
}
