import * as v from 'valibot';
import {
  agentWorkSchema,
  channelSchema,
  FLAG_ROLES,
  idSchema,
  presenceStatusSchema,
  textSchema,
} from './console-data.schema';

const workEvent = v.object({ workId: idSchema, workItemId: idSchema });
const amount = v.pipe(v.number(), v.finite(), v.minValue(0));

/**
 * Why the presence changed, where the console says: Lightning's omniChannelStatusChanged reasons
 * (Salesforce Console Developer Guide, sforce-api-console-events-omnichannelstatuschanged, 258.0
 * on). Both adapters also give `OmniPushTimeout` for the change right after a push timeout they
 * detected. `Unknown`: a reason this version does not know.
 */
export const PRESENCE_CHANGE_REASONS = [
  'OmniToolkitStatusChange',
  'OmniPushTimeout',
  'OmniDeclineWork',
  'OmniManualStatusChange',
  'OmniSupervisorStatusChange',
  'OmniLoginStatusChange',
  'OmniLogin',
  'Unknown',
] as const;
export type PresenceChangeReason = (typeof PRESENCE_CHANGE_REASONS)[number];

/** Why Lightning logged the agent out (omniChannelLogout `reason`); carried in loggedOut.reason. */
export const LOGOUT_REASONS = [
  'DuplicateLogin',
  'DuplicateLoginInSameBrowser',
  'MaintenanceLogout',
  'OmniSupervisorLogout',
] as const;
export type LogoutReason = (typeof LOGOUT_REASONS)[number];

/** Every event the bridge relays from the console, with its payload schema. */
export const EVENT_SCHEMAS = {
  presenceChanged: v.object({
    statusId: idSchema,
    statusName: textSchema,
    statusApiName: textSchema,
    channels: v.pipe(v.array(channelSchema), v.maxLength(100)),
    reason: v.optional(v.picklist(PRESENCE_CHANGE_REASONS)),
    /**
     * A fact, not a verdict: the change came while the adapter's own call setting this status
     * was in flight. Whether the change is omni-mfe's own is the sync core's decision.
     */
    duringOwnCall: v.optional(v.boolean()),
  }),
  loggedIn: v.object({ status: v.nullable(presenceStatusSchema) }),
  /** `reason`: Lightning's logout reason, when it sends one; `duringOwnCall`: as above, for logout. */
  loggedOut: v.object({ reason: v.optional(textSchema), duringOwnCall: v.optional(v.boolean()) }),
  workAssigned: agentWorkSchema,
  workAccepted: workEvent,
  workDeclined: workEvent,
  workClosed: workEvent,
  workloadChanged: v.object({
    configuredCapacity: amount,
    previousWorkload: amount,
    newWorkload: amount,
    // Lightning only (omniChannelWorkloadChanged): the interruptible capacity and workloads.
    configuredInterruptibleCapacity: v.optional(amount),
    previousInterruptibleWorkload: v.optional(amount),
    newInterruptibleWorkload: v.optional(amount),
  }),
  pushTimeout: workEvent,
  /**
   * Lightning only (lightning:omniChannelWorkFlagUpdated): a work item's flag was raised or
   * lowered, and by whom. `message` is the flag's message as the console gives it (free text).
   */
  workFlagChanged: v.object({
    workId: idSchema,
    isFlagged: v.boolean(),
    message: v.optional(textSchema),
    role: v.picklist(FLAG_ROLES),
  }),
  connectionError: v.object({ message: textSchema }),
} as const;

export type EventType = keyof typeof EVENT_SCHEMAS;
export type EventPayload<T extends EventType> = v.InferOutput<(typeof EVENT_SCHEMAS)[T]>;
export type OmniEvent = { [T in EventType]: { readonly type: T; readonly payload: EventPayload<T> } }[EventType];
// Pure: a module-level call the minifier cannot prove harmless stays in omni-mfe's bundle even unused.
export const EVENT_TYPES = /* @__PURE__ */ Object.keys(EVENT_SCHEMAS) as EventType[];
