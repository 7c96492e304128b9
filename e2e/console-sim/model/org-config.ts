import type { PresenceStatus, WorkType } from '@shared/protocol/console-data.schema';

/** A service channel and the kind of work routed through it. */
export interface SimChannel {
  readonly channelId: string;
  readonly developerName: string;
  readonly workType: Exclude<WorkType, 'Other'>;
}

/** The simulated org's Omni-Channel setup (Setup → Omni-Channel in a real org). */
export interface OrgConfig {
  readonly channels: readonly SimChannel[];
  /** Presence statuses; online ones are bound to channels, busy/away ones to none. */
  readonly statuses: readonly PresenceStatus[];
  /** The agent's capacity (Presence Configuration). */
  readonly capacity: number;
  /** The agent's interruptible capacity (Enhanced Omni-Channel's Presence Configuration). */
  readonly interruptibleCapacity: number;
  /** How long an assigned item waits for Accept before it is withdrawn. */
  readonly pushTimeoutMs: number;
  /** The status an agent is put in after a push timeout (presenceStatusOnPushTimeout); null keeps it. */
  readonly statusOnPushTimeoutId: string | null;
  /** Whether declining requires a reason (Presence Configuration "Allow agents to choose a decline reason"). */
  readonly declineReasonRequired: boolean;
  /** Presence Configuration "Automatically accept work requests": assigned work opens at once. */
  readonly autoAccept: boolean;
  /**
   * How the org frees capacity (Omni-Channel "capacity model"): tab-based (closing the work's
   * console tab closes the work) or status-based (the record reaching a Completed status does).
   */
  readonly capacityModel: 'tab-based' | 'status-based';
}

const CASES = { channelId: '0N9000000000001', developerName: 'Cases', workType: 'Case' } as const;
const LEADS = { channelId: '0N9000000000002', developerName: 'Leads', workType: 'Lead' } as const;
const CHATS = { channelId: '0N9000000000003', developerName: 'Chat', workType: 'Chat' } as const;
const channel = (c: SimChannel) => ({ channelId: c.channelId, developerName: c.developerName });

export const DEFAULT_ORG: OrgConfig = {
  channels: [CASES, LEADS, CHATS],
  statuses: [
    {
      statusId: '0N5000000000001',
      statusName: 'Available',
      statusApiName: 'Available',
      channels: [channel(CASES), channel(LEADS), channel(CHATS)],
    },
    {
      statusId: '0N5000000000002',
      statusName: 'Available for Cases',
      statusApiName: 'Available_Cases',
      channels: [channel(CASES)],
    },
    { statusId: '0N5000000000003', statusName: 'Busy', statusApiName: 'Busy', channels: [] },
    { statusId: '0N5000000000004', statusName: 'On Break', statusApiName: 'On_Break', channels: [] },
    { statusId: '0N5000000000005', statusName: 'On a Call', statusApiName: 'On_Call', channels: [] },
  ],
  capacity: 10,
  interruptibleCapacity: 0,
  pushTimeoutMs: 30_000,
  statusOnPushTimeoutId: '0N5000000000003',
  declineReasonRequired: true,
  autoAccept: false,
  capacityModel: 'tab-based',
};
