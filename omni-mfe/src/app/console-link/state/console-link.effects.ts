import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import {
  asyncScheduler,
  catchError,
  defer,
  filter,
  map,
  merge,
  of,
  subscribeOn,
  switchMap,
  takeUntil,
  timer,
  type Observable,
} from 'rxjs';
import { ConsoleLink } from '../console-link';
import { backoffDelay, LINK_SETTINGS, type LinkSettings } from '../link-settings';
import { ConsoleLinkActions } from './console-link.actions';
import { readConsole } from './console-snapshot';

/**
 * Starts the link and reports its status and its sessions for as long as the application lives.
 * The transport starts right after the first render (asyncScheduler), not during it: mounting
 * shows the module first, and the console link follows a moment later as "Connecting…".
 * (Omni-Channel's own connection errors come with the console's other events: link-events.ts.)
 */
export const connectLink = createEffect(
  (link = inject(ConsoleLink)) =>
    defer(() => {
      link.connect();
      return merge(
        link.state$.pipe(map((state) => ConsoleLinkActions.statusChanged({ state }))),
        link.sessions$.pipe(map((adapter) => ConsoleLinkActions.sessionStarted({ at: Date.now(), adapter }))),
      );
    }).pipe(subscribeOn(asyncScheduler)),
  { functional: true },
);

/**
 * On every new session (and after Omni-Channel's connection error), read the console's truth,
 * and keep trying with backoff until a read succeeds: until then the agent would look at stale
 * state. A newer session cancels an older read (switchMap); a lost link ends it (the next
 * session reads again).
 */
export const readConsoleUntilRead = createEffect(
  (actions$ = inject(Actions), link = inject(ConsoleLink), settings = inject(LINK_SETTINGS)) => {
    const lost$ = link.state$.pipe(filter((s) => s.status !== 'connected'));
    return actions$.pipe(
      ofType(
        ConsoleLinkActions.sessionStarted,
        ConsoleLinkActions.connectionErrorReported,
        ConsoleLinkActions.readRequested,
      ),
      switchMap(() => readAttempt(link, settings, 1).pipe(takeUntil(lost$))),
    );
  },
  { functional: true },
);

function readAttempt(link: ConsoleLink, settings: LinkSettings, attempt: number): Observable<Action> {
  return readConsole(link).pipe(
    map((snapshot) => ConsoleLinkActions.consoleRead({ snapshot, at: Date.now() })),
    catchError((err: Error) => {
      const retryInMs = backoffDelay(attempt, settings.readRetryInitialMs, settings.readRetryMaxMs, settings.jitter);
      return merge(
        of(ConsoleLinkActions.consoleReadFailed({ message: err.message, attempt, retryInMs })),
        timer(retryInMs).pipe(switchMap(() => readAttempt(link, settings, attempt + 1))),
      );
    }),
  );
}
