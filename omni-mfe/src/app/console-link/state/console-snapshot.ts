import { map, merge, Observable, reduce } from 'rxjs';
import type { AgentWork, PresenceStatus, Workload } from '@shared/protocol/console-data.schema';
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
 * The console's events are held meanwhile and passed on once the snapshot has been handled (the
 * subscriber applies it synchronously): only those that came after their part's answer, which
 * the snapshot does not show yet.
 */
export function readConsole(link: ConsoleLink): Observable<ConsoleSnapshot> {
  return new Observable<ConsoleSnapshot>((subscriber) => {
    const hold = link.holdEvents();
    // The four requests go out at once, as with forkJoin; merge + reduce gathers their answers
    // without forkJoin's argument handling (about 0.3 KB gz of the initial bundle). Every request
    // answers exactly once or fails, so a completed read holds all four parts. The first three
    // answers are already snapshot parts ({ loggedIn, status }, { statuses }, { works }: their
    // schemas keep no other keys); only the workload needs a name.
    const reading = merge(
      link.request('getPresence', {}).pipe(map((part) => (hold.answered('presence'), part))),
      link.request('getStatuses', {}),
      link.request('getAgentWorks', {}).pipe(map((part) => (hold.answered('works'), part))),
      link.request('getWorkload', {}).pipe(map((workload) => (hold.answered('workload'), { workload }))),
    )
      .pipe(reduce((snapshot, part) => ({ ...snapshot, ...part }), {} as ConsoleSnapshot))
      .subscribe({
        // The subscriber applies the snapshot synchronously; the events it does not show go next.
        next: (snapshot) => {
          subscriber.next(snapshot);
          hold.release(true);
        },
        error: (err: unknown) => {
          hold.release(false);
          subscriber.error(err);
        },
        complete: () => subscriber.complete(),
      });
    // A read dropped for a newer session's: what it held goes on (released once only).
    return () => {
      reading.unsubscribe();
      hold.release(false);
    };
  });
}
