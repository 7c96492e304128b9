import type {
  OmniChannelRaw,
  OmniStatusResult,
  OmniToolkitApi,
  OmniToolkitEvents,
  OmniWorkRaw,
  OmniWorkloadResult,
} from '../omni-toolkit';

type Method = keyof OmniToolkitApi;

/** An org status as Lightning keeps it: an 18-character id. */
export interface OrgStatus {
  readonly statusId: string;
  readonly statusName: string;
  readonly statusApiName: string;
  readonly channels: readonly OmniChannelRaw[];
}

const cases = { channelId: '0N9000000000001AAA', developerName: 'Cases' };
export const ORG_STATUSES: readonly OrgStatus[] = [
  { statusId: '0N5000000000001AAA', statusName: 'Available', statusApiName: 'Available', channels: [cases] },
  { statusId: '0N5000000000003AAC', statusName: 'Busy', statusApiName: 'Busy', channels: [] },
];

/**
 * A double of `lightning:omniToolkitAPI` with exactly the documented shapes: every method takes
 * one object and returns a Promise (resolved in a later task, like the real one); statuses come
 * back with 18-character ids and channels as a JSON string; works as `{works: JSON string}` (how
 * every sample reads them) or as the documented bare array; the workload with its interruptible
 * half. `refuseNext` makes a method reject (or, with `false`, resolve to false).
 */
export class OmniToolkitDouble implements OmniToolkitApi {
  readonly calls: { method: Method; args: unknown[] }[] = [];
  statusId: string | null = null;
  works: OmniWorkRaw[] = [];
  worksShape: 'json-string' | 'array' = 'json-string';
  workload: OmniWorkloadResult = {
    configuredCapacity: 10,
    currentWorkload: 0,
    configuredInterruptibleCapacity: 4,
    currentInterruptibleWorkload: 0,
  };
  private readonly refusals = new Map<Method, unknown>();

  constructor(readonly statuses: readonly OrgStatus[] = ORG_STATUSES) {}

  refuseNext(method: Method, error: unknown = { message: `${method} failed` }): void {
    this.refusals.set(method, error);
  }

  setServicePresenceStatus(args: { statusId: string }): Promise<OmniStatusResult> {
    return this.answer('setServicePresenceStatus', [args], () => {
      const status = this.find(args.statusId);
      this.statusId = status.statusId;
      return statusResult(status);
    });
  }
  getServicePresenceStatusId() {
    return this.answer('getServicePresenceStatusId', [], () => {
      if (this.statusId === null) throw { message: 'The agent is not logged in to Omni-Channel.' };
      const { statusId, statusName, statusApiName } = this.find(this.statusId);
      return { statusId, statusName, statusApiName };
    });
  }
  getServicePresenceStatusChannels() {
    return this.answer('getServicePresenceStatusChannels', [], () => ({
      channels: JSON.stringify(this.statusId ? this.find(this.statusId).channels : []),
    }));
  }
  getAgentWorks() {
    return this.answer('getAgentWorks', [], () =>
      this.worksShape === 'array' ? [...this.works] : { works: JSON.stringify(this.works) },
    );
  }
  getAgentWorkload() {
    return this.answer('getAgentWorkload', [], () => ({ ...this.workload }));
  }
  acceptAgentWork(args: { workId: string }) {
    return this.answer('acceptAgentWork', [args], () => true);
  }
  declineAgentWork(args: { workId: string; declineReason?: string }) {
    return this.answer('declineAgentWork', [args], () => true);
  }
  closeAgentWork(args: { workId: string }) {
    return this.answer('closeAgentWork', [args], () => true);
  }
  login(args: { statusId: string }) {
    return this.answer('login', [args], () => ((this.statusId = this.find(args.statusId).statusId), true));
  }
  logout() {
    return this.answer('logout', [], () => ((this.statusId = null), true));
  }
  /** Raised flags by work id, with their messages. */
  readonly flags = new Map<string, string | undefined>();
  raiseAgentWorkFlag(args: { workId: string; message?: string }) {
    return this.answer('raiseAgentWorkFlag', [args], () => (this.flags.set(args.workId, args.message), true));
  }
  lowerAgentWorkFlag(args: { workId: string }) {
    return this.answer('lowerAgentWorkFlag', [args], () => this.flags.delete(args.workId));
  }

  private find(statusId: string): OrgStatus {
    const status = this.statuses.find((s) => s.statusId.slice(0, 15) === statusId.slice(0, 15));
    if (!status) throw { message: `No presence status ${statusId} is assigned to this agent.` };
    return status;
  }

  private answer<R>(method: Method, args: unknown[], run: () => R): Promise<R> {
    this.calls.push({ method, args });
    const refusal = this.refusals.get(method);
    this.refusals.delete(method);
    return new Promise<R>((resolve, reject) =>
      setTimeout(() => {
        if (refusal === false) return resolve(false as R);
        if (refusal !== undefined) return reject(refusal);
        try {
          resolve(run());
        } catch (err) {
          reject(err);
        }
      }, 0),
    );
  }
}

export function statusResult(status: OrgStatus): OmniStatusResult {
  return {
    statusId: status.statusId,
    statusName: status.statusName,
    statusApiName: status.statusApiName,
    channels: JSON.stringify(status.channels),
  };
}

/** Event params as Lightning's `event.getParams()` gives them. */
export const omniEvent = {
  statusChanged: (status: OrgStatus, reason?: string, idLength: 15 | 18 = 18): OmniToolkitEvents['StatusChanged'] => ({
    ...statusResult(status),
    statusId: status.statusId.slice(0, idLength),
    ...(reason === undefined ? {} : { reason }),
  }),
  work: (workId: string, workItemId: string) => ({ workId, workItemId }),
  workload: (
    previousWorkload: number,
    newWorkload: number,
    interruptible?: [number, number],
  ): OmniToolkitEvents['WorkloadChanged'] => ({
    configuredCapacity: 10,
    previousWorkload,
    newWorkload,
    ...(interruptible
      ? {
          configuredInterruptibleCapacity: 4,
          previousInterruptibleWorkload: interruptible[0],
          newInterruptibleWorkload: interruptible[1],
        }
      : {}),
  }),
};

/** Lets the double's answers and the adapter's event queue run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
