/**
 * Lightning's Omni-Channel toolkit, `lightning:omniToolkitAPI` (Aura only, in a utility-bar
 * component), exactly as Salesforce documents it: every method takes one object and returns a
 * Promise, rejected on error. Sources (developer.salesforce.com): Salesforce Console Developer
 * Guide "Methods for Omni-Channel in Lightning Experience" (sforce-api-console-lightning-*, one page
 * per method, named below) and the Component Reference page "lightning:omniToolkitAPI"
 * (aura-omni-toolkit-api). Where the two disagree, both shapes are typed and the adapter
 * (salesforce-lightning.ts) accepts both.
 */

/** A channel object: `{channelId, developerName}`. */
export interface OmniChannelRaw {
  readonly channelId: string;
  readonly developerName: string;
}

/** A work object: `{workItemId, workId, isEngaged}` (getAgentWorks for Lightning Experience). */
export interface OmniWorkRaw {
  readonly workItemId: string;
  readonly workId: string;
  readonly isEngaged: boolean;
}

/** setServicePresenceStatus for Lightning Experience: `channels` is a "JSON string of channel objects". */
export interface OmniStatusResult {
  readonly statusId: string;
  readonly statusName: string;
  readonly statusApiName: string;
  readonly channels: string;
}

/** getServicePresenceStatusId for Lightning Experience: id and both names (no channels). */
export interface OmniStatusIdResult {
  readonly statusId: string;
  readonly statusName: string;
  readonly statusApiName: string;
}

/**
 * getServicePresenceStatusChannels for Lightning Experience: the page says "resolves to an array
 * of channel objects" while its own sample does `JSON.parse(result.channels)`.
 */
export type OmniChannelsResult = { readonly channels: string | readonly OmniChannelRaw[] } | readonly OmniChannelRaw[];

/**
 * getAgentWorks for Lightning Experience: documented as "an array of work objects"; every sample
 * (that page, declineAgentWork's, the component reference's) does `JSON.parse(result.works)`.
 */
export type OmniWorksResult = { readonly works: string | readonly OmniWorkRaw[] } | readonly OmniWorkRaw[];

/**
 * getAgentWorkload for Lightning Experience: primary and interruptible capacity and workload.
 * Typed `number` in the console guide; the component reference types the workload event's
 * values as `string`, so numbers are read as "number or numeric string" everywhere.
 */
export interface OmniWorkloadResult {
  readonly configuredCapacity: number | string;
  readonly currentWorkload: number | string;
  readonly configuredInterruptibleCapacity?: number | string;
  readonly currentInterruptibleWorkload?: number | string;
}

/**
 * acceptAgentWork, closeAgentWork, declineAgentWork, login, logout for Lightning Experience:
 * "resolves to true and is rejected on error"; the samples still test `if (result)`, so a
 * resolved `false` is a refusal too.
 */
export type OmniDone = boolean;

export interface OmniToolkitApi {
  setServicePresenceStatus(args: { statusId: string }): Promise<OmniStatusResult>;
  getServicePresenceStatusId(): Promise<OmniStatusIdResult>;
  getServicePresenceStatusChannels(): Promise<OmniChannelsResult>;
  getAgentWorks(): Promise<OmniWorksResult>;
  getAgentWorkload(): Promise<OmniWorkloadResult>;
  acceptAgentWork(args: { workId: string }): Promise<OmniDone>;
  /** `declineReason`: "string", optional (component reference); what it holds is not documented. */
  declineAgentWork(args: { workId: string; declineReason?: string }): Promise<OmniDone>;
  closeAgentWork(args: { workId: string }): Promise<OmniDone>;
  login(args: { statusId: string }): Promise<OmniDone>;
  logout(): Promise<OmniDone>;
  /**
   * raiseAgentWorkFlag / lowerAgentWorkFlag for Lightning Experience: `message` optional. There is
   * no method that reads a flag back, and in Omni-Channel Fallback Mode both do nothing and resolve
   * true.
   */
  raiseAgentWorkFlag(args: { workId: string; message?: string }): Promise<OmniDone>;
  lowerAgentWorkFlag(args: { workId: string }): Promise<OmniDone>;
}

/**
 * The toolkit's events, `lightning:omniChannel<Name>` application events (Salesforce Console
 * Developer Guide "Events for Omni-Channel in Lightning Experience", sforce-api-console-events-
 * omnichannel*; Component Reference aura-omni-channel-*). The Aura shell passes each event's
 * `getParams()` with its name without the `lightning:omniChannel` prefix.
 */
export interface OmniToolkitEvents {
  /** `reason` from 258.0 (Winter '26) in the console guide, absent from the component reference. */
  StatusChanged: { statusId: string; channels: string; statusName: string; statusApiName: string; reason?: string };
  LoginSuccess: { statusId: string };
  /** `reason` is one of LOGOUT_REASONS; older versions sent no payload. */
  Logout: { reason?: string };
  WorkAssigned: { workItemId: string; workId: string };
  /** Also fired when a work item is accepted automatically. */
  WorkAccepted: { workItemId: string; workId: string };
  /** Carries no decline reason. */
  WorkDeclined: { workItemId: string; workId: string };
  WorkClosed: { workItemId: string; workId: string };
  /** Fired on new, declined or closed work, capacity changes, and going offline. */
  WorkloadChanged: {
    configuredCapacity: number | string;
    previousWorkload: number | string;
    newWorkload: number | string;
    configuredInterruptibleCapacity?: number | string;
    previousInterruptibleWorkload?: number | string;
    newInterruptibleWorkload?: number | string;
  };
  /** "error: object — the network connection error message": its shape is not documented. */
  ConnectionError: { error: unknown };
  /** A work item's flag raised or lowered; `roleUpdatedBy` AGENT or SUPERVISOR, `updatedBy` a user id. */
  WorkFlagUpdated: { workId: string; isFlagged: boolean; message?: string; roleUpdatedBy: string; updatedBy: string };
}

export type OmniToolkitEventName = keyof OmniToolkitEvents;
export const OMNI_TOOLKIT_EVENT_NAMES: readonly OmniToolkitEventName[] = [
  'StatusChanged',
  'LoginSuccess',
  'Logout',
  'WorkAssigned',
  'WorkAccepted',
  'WorkDeclined',
  'WorkClosed',
  'WorkloadChanged',
  'ConnectionError',
  'WorkFlagUpdated',
];
