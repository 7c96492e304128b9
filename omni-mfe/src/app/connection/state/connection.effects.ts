import { inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { asyncScheduler, catchError, defer, forkJoin, map, of, subscribeOn, switchMap } from 'rxjs';
import type { Action } from '@ngrx/store';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import { ConsoleBridge } from '../../console-bridge/console-bridge';
import { relayBridgeEvents } from '../../console-bridge/relay-events';
import { ConsoleBridgeActions } from './connection.actions';

/**
 * Opens the bridge and reports its status for as long as the application lives. The iframe is
 * created right after the first render (asyncScheduler), not during it: mounting shows the
 * module first, and the console link follows a moment later as "Connecting…".
 */
export const connectBridge = createEffect(
  (bridge = inject(ConsoleBridge)) =>
    defer(() => {
      bridge.connect();
      return bridge.state$;
    }).pipe(
      subscribeOn(asyncScheduler),
      map((state) => ConsoleBridgeActions.statusChanged({ state })),
    ),
  { functional: true },
);

/**
 * On every new session, read the console's truth before anything else acts on it. A newer
 * session cancels an older read (switchMap): only the latest truth counts.
 */
export const resyncOnConnect = createEffect(
  (bridge = inject(ConsoleBridge)) =>
    bridge.resync$.pipe(
      switchMap(() =>
        forkJoin({
          presence: bridge.request('getPresence', {}),
          statuses: bridge.request('getStatuses', {}),
          works: bridge.request('getAgentWorks', {}),
          workload: bridge.request('getWorkload', {}),
        }).pipe(
          map(({ presence, statuses, works, workload }) =>
            ConsoleBridgeActions.resynced({
              snapshot: { loggedIn: presence.loggedIn, status: presence.status, statuses: statuses.statuses, works: works.works, workload },
              at: Date.now(),
            }),
          ),
          catchError((err: Error) => of(ConsoleBridgeActions.resyncFailed({ message: err.message }))),
        ),
      ),
    ),
  { functional: true },
);

/** Relays the console's presence events as actions. */
export const relayPresenceEvents = createEffect(() => relayBridgeEvents(presenceAction), { functional: true });

function presenceAction(event: BridgeEvent): Action | null {
  switch (event.type) {
    case 'presenceChanged':
      return ConsoleBridgeActions.presenceChanged({ presence: event.payload, at: Date.now() });
    case 'loggedIn':
      return ConsoleBridgeActions.loggedIn({ status: event.payload.status });
    case 'loggedOut':
      return ConsoleBridgeActions.loggedOut({ reason: event.payload.reason, at: Date.now() });
    case 'workloadChanged':
      return ConsoleBridgeActions.workloadChanged({ workload: event.payload, at: Date.now() });
    default:
      return null;
  }
}

