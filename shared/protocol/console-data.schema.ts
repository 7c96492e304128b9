import * as v from 'valibot';

/**
 * Schemas of the console data that crosses the bridge. Strings are bounded so that a hostile
 * frame cannot make the MFE hold megabytes; ids follow Salesforce's alphabet.
 */
export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9_.:-]+$/));
export const textSchema = v.pipe(v.string(), v.maxLength(1000));

/** A service channel a presence status is bound to. */
export const channelSchema = v.object({ channelId: idSchema, developerName: textSchema });

/** An Omni-Channel presence status as the console reports it. A status with no channels is Away. */
export const presenceStatusSchema = v.object({
  statusId: idSchema,
  statusName: textSchema,
  statusApiName: textSchema,
  channels: v.pipe(v.array(channelSchema), v.maxLength(100)),
});

export const AGENT_WORK_STATUSES = [
  'Assigned',
  'Opened',
  'Declined',
  'DeclinedOnPushTimeout',
  'Closed',
  'Unavailable',
  'Canceled',
  'Transferred',
] as const;
export const WORK_TYPES = ['Case', 'Lead', 'Chat', 'Other'] as const;

/**
 * An AgentWork. The toolkit itself gives only `workId`, `workItemId` and `isEngaged`; adapters
 * that know more (the simulator, a bridge that queries the record) add the optional fields.
 */
export const agentWorkSchema = v.object({
  workId: idSchema,
  workItemId: idSchema,
  isEngaged: v.boolean(),
  status: v.optional(v.picklist(AGENT_WORK_STATUSES)),
  type: v.optional(v.picklist(WORK_TYPES)),
  label: v.optional(textSchema),
  priority: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))),
  capacityWeight: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1_000_000))),
  assignedAt: v.optional(v.pipe(v.number(), v.finite())),
  pushDeadline: v.optional(v.pipe(v.number(), v.finite())),
});

/** The most a flag's message may hold: a short request for help, not a conversation. */
export const FLAG_MESSAGE_MAX = 255;
/** A flag's message: what the agent asks the supervisor; required, so never empty. */
export const flagMessageSchema = v.pipe(v.string(), v.nonEmpty(), v.maxLength(FLAG_MESSAGE_MAX));

/** Who changed a work item's flag, as lightning:omniChannelWorkFlagUpdated's `roleUpdatedBy` says. */
export const FLAG_ROLES = ['AGENT', 'SUPERVISOR'] as const;
export type FlagRole = (typeof FLAG_ROLES)[number];

const amount = v.pipe(v.number(), v.finite(), v.minValue(0));

/** Lightning (Enhanced Omni-Channel) adds the interruptible capacity and workload; Classic has none. */
export const workloadSchema = v.object({
  configuredCapacity: amount,
  currentWorkload: amount,
  configuredInterruptibleCapacity: v.optional(amount),
  currentInterruptibleWorkload: v.optional(amount),
});

export type Channel = v.InferOutput<typeof channelSchema>;
export type PresenceStatus = v.InferOutput<typeof presenceStatusSchema>;
export type AgentWorkStatus = (typeof AGENT_WORK_STATUSES)[number];
export type WorkType = (typeof WORK_TYPES)[number];
export type AgentWork = v.InferOutput<typeof agentWorkSchema>;
export type Workload = v.InferOutput<typeof workloadSchema>;
