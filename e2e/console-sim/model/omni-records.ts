import type { AgentWorkStatus, WorkType } from '@shared/protocol/console-data.schema';

/** An AgentWork row, as the simulated org keeps it (the QA control API reads these). */
export interface AgentWorkRecord {
  readonly workId: string;
  readonly workItemId: string;
  readonly type: Exclude<WorkType, 'Other'>;
  readonly subject: string;
  readonly priority: number;
  readonly capacityWeight: number;
  status: AgentWorkStatus;
  readonly assignedAt: number;
  readonly pushDeadline: number;
  declineReason?: string;
  /** Enhanced Omni-Channel: routed within the agent's interruptible capacity. */
  readonly interruptible?: boolean;
}

/** A routed item waiting in the queue for an agent with the channel and the capacity. */
export interface QueuedItem {
  readonly workItemId: string;
  readonly type: Exclude<WorkType, 'Other'>;
  readonly subject: string;
  /** Salesforce routing priority: 1 is routed first. */
  readonly priority: number;
  readonly capacityWeight: number;
  readonly seq: number;
  /** Declined or timed out by this agent: Omni-Channel does not offer it to them again. */
  readonly refusedByAgent: boolean;
  readonly interruptible?: boolean;
}

export interface RouteInput {
  readonly type: Exclude<WorkType, 'Other'>;
  readonly subject: string;
  readonly priority: number;
  readonly capacityWeight: number;
  /** Routed within the interruptible capacity (Enhanced Omni-Channel), not the primary one. */
  readonly interruptible?: boolean;
}

/** A toolkit call that Salesforce would answer with `success: false`. */
export class SimRefusal extends Error {}
