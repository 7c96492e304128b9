import { inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, defer, distinctUntilChanged, map, mergeMap, of, type Observable } from 'rxjs';
import { BridgeError } from '../../console-link/bridge-error';
import { ConsoleLink } from '../../console-link/console-link';
import { OMNI_PROPS } from '../../props/omni-props.token';
import type { SyncWrite } from '../sync/sync-state';
import { presenceFeature } from './presence.feature';
import { PresenceSyncActions } from './sync.actions';

/** Each write the sync core decided, once: every decision is a new outbox (sync-core.ts). */
function decidedWrites<S extends SyncWrite['side']>(
  store: Store,
  side: S,
): Observable<Extract<SyncWrite, { side: S }>> {
  return store.select(presenceFeature.selectSync).pipe(
    map((sync) => sync.outbox),
    distinctUntilChanged(),
    mergeMap((writes) => writes.filter((w): w is Extract<SyncWrite, { side: S }> => w.side === side)),
  );
}

/** Omni writes go to the console in order (concatMap): the order of presence writes matters. */
export const writeOmni = createEffect(
  (store = inject(Store), link = inject(ConsoleLink)) =>
    decidedWrites(store, 'omni').pipe(
      concatMap((write) => {
        const { call } = write;
        const request$ =
          call.method === 'logout'
            ? link.request('logout', {})
            : link.request('setPresence', { statusId: call.statusId });
        return answers(
          write,
          request$,
          (why) => $localize`:sync error:Omni-Channel could not be set to ${write.value}:status:: ${why}:reason:`,
        );
      }),
    ),
  { functional: true },
);

/** DC writes go to the shell through the props contract, in order too. */
export const writeDc = createEffect(
  (store = inject(Store), props = inject(OMNI_PROPS)) =>
    decidedWrites(store, 'dc').pipe(
      concatMap((write) =>
        answers(
          write,
          defer(() => props.setDcState(write.state.kind, write.state.reason)),
          (why) => $localize`:sync error:Desktop Connect could not be set to ${write.value}:state:: ${why}:reason:`,
        ),
      ),
    ),
  { functional: true },
);

/**
 * The side's answer to one write. A write lost with the connection may have landed: the next
 * read tells. Any other failure is a refusal.
 */
function answers(write: SyncWrite, call$: Observable<unknown>, words: (why: string) => string) {
  return call$.pipe(
    map(() => PresenceSyncActions.writeAnswered({ write, outcome: 'ok', at: Date.now() })),
    catchError((err: Error) => {
      const lost = err instanceof BridgeError && err.code === 'disconnected';
      const outcome = lost ? 'lost' : 'refused';
      return of(PresenceSyncActions.writeAnswered({ write, outcome, message: words(err.message), at: Date.now() }));
    }),
  );
}
