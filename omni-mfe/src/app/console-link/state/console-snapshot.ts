import { forkJoin, map, type Observable } from 'rxjs';
import type { AgentWork, PresenceStatus, Workload } from '@shared/bridge/console-data.schema';
import type { ConsoleLink } from '../console-link';

/** The console's truth as read after every (re)connect: all of it, or nothing. */
export interface ConsoleSnapshot {
  readonly loggedIn: boolean;
  readonly status: PresenceStatus | null;
  readonly statuses: readonly PresenceStatus[];
  readonly works: readonly AgentWork[];
  readonly workload: Workload;
}

/**
 * Reads the console's presence, statuses, work and workload. One failed read fails the whole
 * snapshot: a partial one would mix fresh and stale state, and nothing would show which is which.
 */
export function readConsole(link: ConsoleLink): Observable<ConsoleSnapshot> {
  return forkJoin({
    presence: link.request('getPresence', {}),
    statuses: link.request('getStatuses', {}),
    works: link.request('getAgentWorks', {}),
    workload: link.request('getWorkload', {}),
  }).pipe(
    map(({ presence, statuses, works, workload }) => ({
      loggedIn: presence.loggedIn,
      status: presence.status,
      statuses: statuses.statuses,
      works: works.works,
      workload,
    })),
  );
}
