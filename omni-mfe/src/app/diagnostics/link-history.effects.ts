import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { tap } from 'rxjs';
import { LINK_HISTORY_ACTIONS, LinkHistory } from './link-history';

/** Records the link's sessions, losses and resyncs, with their times, for the diagnosis. */
export const recordLinkHistory = createEffect(
  (actions$ = inject(Actions), history = inject(LinkHistory)) =>
    actions$.pipe(
      ofType(...LINK_HISTORY_ACTIONS),
      tap((action) => history.record(action, Date.now())),
    ),
  { functional: true, dispatch: false },
);
