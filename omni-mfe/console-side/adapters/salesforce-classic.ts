import type { PresenceStatus } from '@shared/protocol/console-data.schema';
import type { AdapterName } from '@shared/protocol/envelope';
import type { OmniEvent } from '@shared/protocol/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/protocol/requests.schema';
import { ClassicEvents } from './classic-events';
import { call, statusOf } from './classic-normalize';
import { ConsoleCallError, type ConsoleAdapter } from './console-adapter';
import { channelsOf, jsonOrArray, workloadOf, workOf, type RawWork, type WorkDetails } from './console-normalize';
import { OwnCalls } from './own-calls';
import type {
  ChannelsResult,
  SforceConsole,
  SforceStatusResult,
  StatusIdResult,
  WorkloadResult,
  WorksResult,
} from './sforce-console';

export interface ClassicAdapterOptions {
  readonly name?: AdapterName;
  /** The org's presence statuses: the toolkit cannot list them, so the bridge page's config does. */
  readonly statuses: () => readonly PresenceStatus[];
  /** Facts about a work item beyond its ids, where the bridge can know them. */
  readonly workDetails?: WorkDetails;
}

/** The Classic console toolkit has no work-item flags (Lightning's raiseAgentWorkFlag has no Classic twin). */
const noFlags = (): Promise<never> =>
  Promise.reject(new ConsoleCallError('bad-request', 'Classic has no work-item flags.'));

type Handlers = { [T in RequestType]: (params: RequestParams<T>) => Promise<RequestResult<T>> };

/** The bridge's adapter for the Salesforce Classic console toolkit (`sforce.console.presence`). */
export class SalesforceClassicAdapter implements ConsoleAdapter {
  readonly name: AdapterName;
  private readonly listeners = new Set<(event: OmniEvent) => void>();
  private readonly events: ClassicEvents;
  private readonly handlers: Handlers;
  private readonly own = new OwnCalls();

  constructor(
    private readonly console: SforceConsole,
    private readonly options: ClassicAdapterOptions,
  ) {
    this.name = options.name ?? 'salesforce-classic';
    const p = console.presence;
    const known = () => options.statuses();
    this.handlers = {
      logout: () => this.own.run('Offline', () => call('logout', (cb) => p.logout(cb))).then(() => ({})),
      setPresence: ({ statusId }) =>
        this.own
          .run(statusId, () =>
            call<SforceStatusResult>('setServicePresenceStatus', (cb) => p.setServicePresenceStatus(statusId, cb)),
          )
          .then((r) => statusOf(r, known())),
      getPresence: () => this.readPresence(),
      getStatuses: () => Promise.resolve({ statuses: [...known()] }),
      getAgentWorks: () =>
        this.readWorks().then((raw) => {
          const works = raw.map((w) => workOf(w, options.workDetails));
          this.events.remember(works);
          return { works };
        }),
      acceptWork: ({ workId }) => call('acceptAgentWork', (cb) => p.acceptAgentWork(workId, cb)).then(() => ({})),
      declineWork: ({ workId, reason }) =>
        call('declineAgentWork', (cb) => p.declineAgentWork(workId, reason, cb)).then(() => ({})),
      closeWork: ({ workId }) => call('closeAgentWork', (cb) => p.closeAgentWork(workId, cb)).then(() => ({})),
      getWorkload: () => call<WorkloadResult>('getAgentWorkload', (cb) => p.getAgentWorkload(cb)).then(workloadOf),
      openRecord: ({ workItemId }) =>
        call('openPrimaryTab', (cb) =>
          console.openPrimaryTab(null, `/${encodeURIComponent(workItemId)}`, true, undefined, cb),
        ).then(() => ({})),
      raiseFlag: noFlags,
      lowerFlag: noFlags,
    };
    this.events = new ClassicEvents(
      console,
      (event) => this.listeners.forEach((l) => l(event)),
      () => this.readWorks(),
      options.workDetails,
      (id) => known().find((s) => s.statusId === id) ?? null,
      this.own,
    );
    this.events.start();
  }

  isConsoleMode(): boolean {
    try {
      return this.console.isInConsole();
    } catch {
      return false;
    }
  }

  call<T extends RequestType>(type: T, params: RequestParams<T>): Promise<RequestResult<T>> {
    const handler = this.handlers[type] as ((p: RequestParams<T>) => Promise<RequestResult<T>>) | undefined;
    if (!handler)
      return Promise.reject(new ConsoleCallError('bad-request', `${String(type)} is not a console request.`));
    return handler(params);
  }

  subscribe(listener: (event: OmniEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.events.stop();
    this.listeners.clear();
  }

  /** Not logged in to Omni-Channel shows as `success: false` from getServicePresenceStatusId. */
  private async readPresence(): Promise<RequestResult<'getPresence'>> {
    const p = this.console.presence;
    const id = await call<StatusIdResult>('getServicePresenceStatusId', (cb) => p.getServicePresenceStatusId(cb)).catch(
      () => null,
    );
    if (id?.statusId === undefined || id.statusId === null || id.statusId === '')
      return { loggedIn: false, status: null };
    const channels = await call<ChannelsResult>('getServicePresenceStatusChannels', (cb) =>
      p.getServicePresenceStatusChannels(cb),
    );
    // Current orgs name the status here too; older ones give the id only (names then come from the config).
    return {
      loggedIn: true,
      status: statusOf(
        {
          success: true,
          statusId: id.statusId,
          statusName: id.statusName,
          statusApiName: id.statusApiName,
          channels: channelsOf(channels.channels),
        },
        this.options.statuses(),
      ),
    };
  }

  private readWorks(): Promise<readonly RawWork[]> {
    return call<WorksResult>('getAgentWorks', (cb) => this.console.presence.getAgentWorks(cb)).then((r) =>
      jsonOrArray<RawWork>(r.works, 'works'),
    );
  }
}
