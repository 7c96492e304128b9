import { inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Store, type Action } from '@ngrx/store';
import { catchError, concatMap, defer, distinctUntilChanged, map, mergeMap, of, type Observable } from 'rxjs';
import { LinkError } from '../../console-link/link-error';
import { ConsoleLink } from '../../console-link/console-link';
import { OMNI_PROPS } from '../../props/omni-props.token';
import type { Side, SyncCall, SyncWrite } from '../sync/sync-state';
import { presenceFeature } from './presence.feature';
import { PresenceSyncActions } from './sync.actions';

type OmniCall = Extract<SyncCall, { side: 'omni' }>;

/** Each call the sync core decided for a side, once: every decision is a new outbox (sync-core.ts). */
function decided<S extends Side>(store: Store, side: S): Observable<Extract<SyncCall, { side: S }>> {
  return store.select(presenceFeature.selectSync).pipe(
    map((sync) => sync.outbox),
    distinctUntilChanged(),
    mergeMap((calls) => calls.filter((c): c is Extract<SyncCall, { side: S }> => c.side === side)),
  );
}

/** Omni calls go to the console in order (concatMap): the order of presence writes matters. */
export const writeOmni = createEffect(
  (store = inject(Store), link = inject(ConsoleLink)) =>
    decided(store, 'omni').pipe(concatMap((call) => callOmni(link, call))),
  { functional: true },
);

function callOmni(link: ConsoleLink, write: OmniCall): Observable<Action> {
  if ('check' in write)
    return link.request('getPresence', {}).pipe(
      map((presence) => PresenceSyncActions.presenceChecked({ presence, at: Date.now() })),
      catchError(() => of(PresenceSyncActions.presenceChecked({ presence: null, at: Date.now() }))),
    );
  const { call } = write;
  const request$ =
    call.method === 'logout' ? link.request('logout', {}) : link.request('setPresence', { statusId: call.statusId });
  return answers(
    write,
    request$,
    (why) => $localize`:sync error:Omni-Channel could not be set to ${write.value}:status:: ${why}:reason:`,
  );
}

/** DC writes go to the shell through the props contract, in order too. */
export const writeDc = createEffect(
  (store = inject(Store), props = inject(OMNI_PROPS)) =>
    decided(store, 'dc').pipe(
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
      const lost = err instanceof LinkError && err.code === 'disconnected';
      const outcome = lost ? 'lost' : 'refused';
      return of(PresenceSyncActions.writeAnswered({ write, outcome, message: words(err.message), at: Date.now() }));
    }),
  );
}
