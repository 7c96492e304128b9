/**
 * The Salesforce Classic console toolkit (integration.js) as the bridge uses it: exactly the
 * documented signatures of `sforce.console` and `sforce.console.presence` (Service Presence
 * developer guide). Results arrive in callbacks and always carry `success`.
 */
export interface SforceResult {
  readonly success: boolean;
}

export interface SforceChannel {
  readonly channelId: string;
  readonly developerName: string;
}

/** `channels` arrives as a JSON string in current orgs and as an array in older ones. */
export interface SforceStatusResult extends SforceResult {
  readonly statusId?: string;
  readonly statusName?: string;
  readonly statusApiName?: string;
  readonly channels?: string | readonly SforceChannel[];
}

export interface SforceRawWork {
  readonly workId: string;
  readonly workItemId: string;
  readonly isEngaged: boolean;
}

/** `statusName` and `statusApiName` too in current orgs (getServicePresenceStatusId, 35.0 on). */
export type StatusIdResult = SforceResult & {
  readonly statusId?: string;
  readonly statusName?: string;
  readonly statusApiName?: string;
};
export type ChannelsResult = SforceResult & { readonly channels?: string | readonly SforceChannel[] };
export type WorksResult = SforceResult & { readonly works?: string | readonly SforceRawWork[] };
/** Numbers, which may arrive as numeric strings; the interruptible pair in Enhanced Omni-Channel orgs. */
export type WorkloadResult = SforceResult & {
  readonly configuredCapacity?: number | string;
  readonly currentWorkload?: number | string;
  readonly configuredInterruptibleCapacity?: number | string;
  readonly currentInterruptibleWorkload?: number | string;
};

type Callback<R extends SforceResult = SforceResult> = (result: R) => void;

export interface SforcePresence {
  login(statusId: string, callback?: Callback<SforceStatusResult>): void;
  logout(callback?: Callback): void;
  setServicePresenceStatus(statusId: string, callback?: Callback<SforceStatusResult>): void;
  getServicePresenceStatusId(callback: Callback<StatusIdResult>): void;
  getServicePresenceStatusChannels(callback: Callback<ChannelsResult>): void;
  getAgentWorks(callback: Callback<WorksResult>): void;
  acceptAgentWork(workId: string, callback?: Callback): void;
  declineAgentWork(workId: string, declineReason?: string, callback?: Callback): void;
  closeAgentWork(workId: string, callback?: Callback): void;
  getAgentWorkload(callback: Callback<WorkloadResult>): void;
}

/** Event names: PRESENCE.LOGOUT in current orgs, PRESENCE.SFDC_LOGOUT in older ones. */
export interface SforcePresenceEvents {
  readonly LOGIN_SUCCESS: string;
  readonly STATUS_CHANGED: string;
  readonly LOGOUT?: string;
  readonly SFDC_LOGOUT?: string;
  readonly WORK_ASSIGNED: string;
  readonly WORK_ACCEPTED: string;
  readonly WORK_DECLINED: string;
  readonly WORK_CLOSED: string;
  readonly WORKLOAD_CHANGED: string;
}

export type SforceEventListener = (result: Record<string, unknown>) => void;

export interface SforceConsole {
  isInConsole(): boolean;
  addEventListener(eventType: string, listener: SforceEventListener, additionalParams?: unknown): void;
  removeEventListener?(eventType: string, listener: SforceEventListener): void;
  openPrimaryTab(
    id: string | null,
    url: string,
    active: boolean,
    tabLabel?: string,
    callback?: Callback<SforceResult & { readonly id?: string }>,
    name?: string,
  ): void;
  readonly ConsoleEvent: { readonly PRESENCE: SforcePresenceEvents };
  readonly presence: SforcePresence;
}

export interface Sforce {
  readonly console: SforceConsole;
}
