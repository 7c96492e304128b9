import { inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  concatMap,
  defer,
  distinctUntilChanged,
  from,
  map,
  mergeMap,
  of,
  withLatestFrom,
  type Observable,
} from 'rxjs';
import { parseDcStateKey } from '@shared/dc-state/dc-state';
import { OMNI_OFFLINE } from '@shared/mapping/omni-mapping';
import { BridgeError } from '../../console-link/bridge-error';
import { ConsoleLink } from '../../console-link/console-link';
import { OMNI_PROPS } from '../../props/omni-props.token';
import type { SyncWrite } from '../sync/sync-state';
import { presenceFeature } from './presence.feature';
import { PresenceSyncActions } from './sync.actions';

/** Each write the sync core decided, once: every decision is a new outbox (sync-core.ts). */
function decidedWrites(store: Store, side: SyncWrite['side']): Observable<SyncWrite> {
  return store.select(presenceFeature.selectSync).pipe(
    map((sync) => sync.outbox),
    distinctUntilChanged(),
    mergeMap((writes) => writes.filter((w) => w.side === side)),
  );
}

/** Omni writes go to the console in order (concatMap): the order of presence writes matters. */
export const writeOmni = createEffect(
  (store = inject(Store), link = inject(ConsoleLink)) =>
    decidedWrites(store, 'omni').pipe(
      withLatestFrom(store.select(presenceFeature.selectStatuses)),
      concatMap(([write, statuses]) => {
        const status = statuses.find((s) => s.statusApiName === write.value);
        const request$ =
          write.value === OMNI_OFFLINE
            ? link.request('logout', {})
            : status
              ? link.request('setPresence', { statusId: status.statusId })
              : defer(() =>
                  Promise.reject(
                    new Error($localize`:sync error:This org has no Omni-Channel status ${write.value}:status:.`),
                  ),
                );
        return request$.pipe(
          map(() => PresenceSyncActions.writeAnswered({ write, outcome: 'ok', at: Date.now() })),
          catchError((err: Error) =>
            of(
              failed(
                write,
                $localize`:sync error:Omni-Channel could not be set to ${write.value}:status:: ${err.message}:reason:`,
                err,
              ),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);

/** DC writes go to the shell through the props contract, in order too. */
export const writeDc = createEffect(
  (store = inject(Store), props = inject(OMNI_PROPS)) =>
    decidedWrites(store, 'dc').pipe(
      concatMap((write) => {
        const state = parseDcStateKey(write.value);
        const apply = state
          ? () => props.setDcState(state.kind, state.reason)
          : () => Promise.reject(new Error(`${write.value} is not a DC state.`));
        return from(defer(apply)).pipe(
          map(() => PresenceSyncActions.writeAnswered({ write, outcome: 'ok', at: Date.now() })),
          catchError((err: Error) =>
            of(
              failed(
                write,
                $localize`:sync error:Desktop Connect could not be set to ${write.value}:state:: ${err.message}:reason:`,
                err,
              ),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);

/** A write lost with the connection may have landed: the next read tells. Any other failure is a refusal. */
function failed(write: SyncWrite, message: string, err: Error) {
  const lost = err instanceof BridgeError && err.code === 'disconnected';
  return PresenceSyncActions.writeAnswered({ write, outcome: lost ? 'lost' : 'refused', message, at: Date.now() });
}
