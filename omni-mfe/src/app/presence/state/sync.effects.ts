import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, concatMap, defer, filter, from, map, mergeMap, of } from 'rxjs';
import { parseDcStateKey } from '@shared/dc-state/dc-state';
import { OMNI_OFFLINE } from '@shared/mapping/omni-mapping';
import { BridgeError } from '../../console-bridge/bridge-error';
import { ConsoleBridge } from '../../console-bridge/console-bridge';
import { OMNI_PROPS } from '../../props/omni-props.token';
import type { SyncWrite } from '../sync/sync-core';
import { presenceFeature } from './presence.feature';
import { selectSyncWrites } from './presence.selectors';
import { PresenceSyncActions } from './sync.actions';

/**
 * The writer: whenever the state says a side should move, claim the write (the reducer marks it
 * pending, so the selector goes quiet) and let the side's effect carry it out.
 */
export const requestWrites = createEffect(
  (store = inject(Store)) =>
    store.select(selectSyncWrites).pipe(
      filter((writes) => writes.length > 0),
      map((writes) => PresenceSyncActions.writesRequested({ writes })),
    ),
  { functional: true },
);

const writesOf = (side: SyncWrite['side']) => (action: { writes: readonly SyncWrite[] }) => action.writes.filter((w) => w.side === side);

/** Omni writes go to the console in order (concatMap): the order of presence writes matters. */
export const writeOmni = createEffect(
  (actions$ = inject(Actions), store = inject(Store), bridge = inject(ConsoleBridge)) =>
    actions$.pipe(
      ofType(PresenceSyncActions.writesRequested),
      mergeMap(writesOf('omni')),
      concatLatestFrom(() => store.select(presenceFeature.selectStatuses)),
      concatMap(([write, statuses]) => {
        const status = statuses.find((s) => s.statusApiName === write.value);
        const request$ =
          write.value === OMNI_OFFLINE ? bridge.request('logout', {}) : status ? bridge.request('setPresence', { statusId: status.statusId }) : defer(() => Promise.reject(new Error(`This org has no Omni-Channel status ${write.value}.`)));
        return request$.pipe(
          map(() => PresenceSyncActions.writeSucceeded({ write, at: Date.now() })),
          catchError((err: Error) => of(failed(write, `Omni-Channel could not be set to ${write.value}: ${err.message}`, err))),
        );
      }),
    ),
  { functional: true },
);

/** DC writes go to the shell through the props contract, in order too. */
export const writeDc = createEffect(
  (actions$ = inject(Actions), props = inject(OMNI_PROPS)) =>
    actions$.pipe(
      ofType(PresenceSyncActions.writesRequested),
      mergeMap(writesOf('dc')),
      concatMap((write) => {
        const state = parseDcStateKey(write.value);
        const apply = state ? () => props.setDcState(state.kind, state.reason) : () => Promise.reject(new Error(`${write.value} is not a DC state.`));
        return from(defer(apply)).pipe(
          map(() => PresenceSyncActions.writeSucceeded({ write, at: Date.now() })),
          catchError((err: Error) => of(failed(write, `Desktop Connect could not be set to ${write.value}: ${err.message}`, err))),
        );
      }),
    ),
  { functional: true },
);

/** A write lost with the connection is tried again after the resync; any other failure is told. */
function failed(write: SyncWrite, message: string, err: Error) {
  const retry = err instanceof BridgeError && err.code === 'disconnected';
  return PresenceSyncActions.writeFailed({ write, message, retry, at: Date.now() });
}
