import type { PresenceStatus } from '@shared/protocol/console-data.schema';
import type { AdapterName } from '@shared/protocol/envelope';
import type { OmniEvent } from '@shared/protocol/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/protocol/requests.schema';
import { ConsoleCallError, type ConsoleAdapter } from './console-adapter';
import {
  channelsOf,
  jsonOrArray,
  textOf,
  workloadOf,
  workOf,
  type RawWork,
  type WorkDetails,
} from './console-normalize';
import { LightningEvents } from './lightning-events';
import { findStatus, invoke, listIn, statusesOf } from './lightning-normalize';
import type { OmniToolkitApi } from './omni-toolkit';
import { OwnCalls } from './own-calls';

export interface LightningAdapterOptions {
  readonly toolkit: OmniToolkitApi;
  /** workspaceAPI.isConsoleNavigation(): Omni-Channel's events fire in console apps only. */
  readonly isConsoleNavigation: () => Promise<boolean>;
  /** Opens a record in a workspace tab (workspaceAPI.openTab({recordId, focus: true})). */
  readonly openRecord: (recordId: string) => Promise<void>;
  /** The org's presence statuses (the toolkit cannot list them; the Aura shell asks Apex). */
  readonly statuses: () => Promise<unknown>;
  readonly workDetails?: WorkDetails;
  readonly name?: AdapterName;
}

type Handlers = { [T in RequestType]: (params: RequestParams<T>) => Promise<RequestResult<T>> };

/**
 * The relay's adapter for Lightning's Omni-Channel toolkit (`lightning:omniToolkitAPI`, see
 * omni-toolkit.ts). Status ids go to the toolkit as their 15-character form (the form the docs'
 * samples and published components use, and one every Salesforce API accepts) and come back to
 * omni-mfe in the org list's form.
 */
export class SalesforceLightningAdapter implements ConsoleAdapter {
  readonly name: AdapterName;
  private readonly listeners = new Set<(event: OmniEvent) => void>();
  private readonly own = new OwnCalls();
  private readonly events: LightningEvents;
  private readonly handlers: Handlers;
  private consoleMode = false;
  private statusList: Promise<readonly PresenceStatus[]> | null = null;
  private disposed = false;

  constructor(private readonly options: LightningAdapterOptions) {
    this.name = options.name ?? 'salesforce-lightning';
    const t = options.toolkit;
    const key = (statusId: string) => statusId.slice(0, 15);
    this.handlers = {
      logout: () => this.own.run('Offline', () => invoke('logout', () => t.logout())).then(() => ({})),
      setPresence: ({ statusId }) =>
        this.own
          .run(key(statusId), () =>
            invoke('setServicePresenceStatus', () => t.setServicePresenceStatus({ statusId: key(statusId) })),
          )
          .then((r) => this.statusOf(r, statusId)),
      getPresence: () => this.readPresence(),
      getStatuses: () => this.knownStatuses(true).then((statuses) => ({ statuses: [...statuses] })),
      getAgentWorks: () =>
        this.readWorks().then((raw) => {
          const works = raw.map((w) => workOf(w, options.workDetails));
          this.events.remember(works);
          return { works };
        }),
      acceptWork: ({ workId }) => invoke('acceptAgentWork', () => t.acceptAgentWork({ workId })).then(() => ({})),
      declineWork: ({ workId, reason }) =>
        invoke('declineAgentWork', () =>
          t.declineAgentWork(reason === undefined ? { workId } : { workId, declineReason: reason }),
        ).then(() => ({})),
      closeWork: ({ workId }) => invoke('closeAgentWork', () => t.closeAgentWork({ workId })).then(() => ({})),
      getWorkload: () => invoke('getAgentWorkload', () => t.getAgentWorkload()).then(workloadOf),
      openRecord: ({ workItemId }) => invoke('openTab', () => options.openRecord(workItemId)).then(() => ({})),
      raiseFlag: ({ workId, message }) =>
        invoke('raiseAgentWorkFlag', () => t.raiseAgentWorkFlag({ workId, message })).then(() => ({})),
      // A lower that finds no raised flag may resolve false: the flag is down either way.
      lowerFlag: ({ workId }) =>
        invoke('lowerAgentWorkFlag', () => t.lowerAgentWorkFlag({ workId }).then(() => true)).then(() => ({})),
    };
    this.events = new LightningEvents({
      emit: (event) => this.listeners.forEach((l) => l(event)),
      readWorks: () => this.readWorks(),
      details: options.workDetails,
      knownStatuses: () => this.knownStatuses(false),
      ownKey: key,
      own: this.own,
    });
  }

  /** As last read by refreshConsoleMode; false until then (no request is served outside a console). */
  isConsoleMode(): boolean {
    return this.consoleMode;
  }

  /** Reads the app's navigation again; a failure counts as "not a console app". */
  async refreshConsoleMode(): Promise<boolean> {
    this.consoleMode = await this.options.isConsoleNavigation().then(
      (b) => b === true,
      () => false,
    );
    return this.consoleMode;
  }

  /** A `lightning:omniChannel<name>` event, with its params, as the Aura shell received it. */
  toolkitEvent(name: string, params: unknown): void {
    if (!this.disposed) this.events.handle(name, params);
  }

  call<T extends RequestType>(type: T, params: RequestParams<T>): Promise<RequestResult<T>> {
    const handler = (this.handlers as Partial<Record<RequestType, (p: RequestParams<T>) => Promise<RequestResult<T>>>>)[
      type
    ];
    if (!handler || !Object.hasOwn(this.handlers, type))
      return Promise.reject(
        new ConsoleCallError('bad-request', `${String(type)} is not a request the Lightning relay serves.`),
      );
    return handler(params);
  }

  subscribe(listener: (event: OmniEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  /** The org's statuses, read once and again when omni-mfe asks for them (getStatuses). */
  private knownStatuses(fresh: boolean): Promise<readonly PresenceStatus[]> {
    if (fresh || !this.statusList) {
      const list = invoke("the org's presence statuses", () => this.options.statuses()).then((raw) => {
        const { statuses, dropped } = statusesOf(raw);
        if (dropped)
          console.warn(`omni relay: dropped ${dropped} presence status(es) the org sent that omni-mfe cannot read`);
        return statuses;
      });
      this.statusList = list;
      // A failed read is not kept: the next need reads again.
      list.catch(() => this.statusList === list && (this.statusList = null));
    }
    return this.statusList!;
  }

  private async statusOf(result: unknown, requestedId: string): Promise<PresenceStatus> {
    const r = (result ?? {}) as Record<string, unknown>;
    const given = r['statusId'] === undefined ? requestedId : textOf(r['statusId'], 'a status id');
    const known = findStatus(given, await this.knownStatuses(false).catch(() => []));
    return {
      statusId: known?.statusId ?? given,
      statusName:
        r['statusName'] === undefined ? (known?.statusName ?? given) : textOf(r['statusName'], 'a status name'),
      statusApiName:
        r['statusApiName'] === undefined
          ? (known?.statusApiName ?? given)
          : textOf(r['statusApiName'], 'a status API name'),
      channels: r['channels'] === undefined ? (known?.channels ?? []) : channelsOf(r['channels']),
    };
  }

  /** Logged out shows as a rejection (or no id) from getServicePresenceStatusId. */
  private async readPresence(): Promise<RequestResult<'getPresence'>> {
    const t = this.options.toolkit;
    const id = await invoke('getServicePresenceStatusId', () => t.getServicePresenceStatusId()).catch(() => null);
    if (id?.statusId === undefined || id.statusId === null || id.statusId === '')
      return { loggedIn: false, status: null };
    const channels = await invoke('getServicePresenceStatusChannels', () => t.getServicePresenceStatusChannels());
    return {
      loggedIn: true,
      status: await this.statusOf({ ...id, channels: listIn(channels, 'channels') ?? [] }, String(id.statusId)),
    };
  }

  private readWorks(): Promise<readonly RawWork[]> {
    return invoke('getAgentWorks', () => this.options.toolkit.getAgentWorks()).then((r) =>
      jsonOrArray<RawWork>(listIn(r, 'works'), 'works'),
    );
  }
}
