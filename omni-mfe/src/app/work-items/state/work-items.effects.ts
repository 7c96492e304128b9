import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store, type Action } from '@ngrx/store';
import {
  catchError,
  distinctUntilChanged,
  filter,
  map,
  mergeMap,
  of,
  switchMap,
  withLatestFrom,
  type Observable,
} from 'rxjs';
import { ConsoleLink } from '../../console-link/console-link';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import { ReasonCodeDialogActions, WorkItemApiActions, WorkItemPanelActions, type WorkCall } from './work-items.actions';
import { workItemsFeature } from './work-items.feature';
import { workItemName } from './work-item';
import type { WorkCallStart } from './work-items.state';

/**
 * Sends each call the reducer started (its `started`, a new record per start), once: a click the
 * reducer ignored leaves `started` as it was. Items are independent of each other (mergeMap).
 */
export const carryOutWorkCalls = createEffect(
  (actions$ = inject(Actions), store = inject(Store), link = inject(ConsoleLink)) =>
    actions$.pipe(
      ofType(
        WorkItemPanelActions.acceptClicked,
        WorkItemPanelActions.closeClicked,
        ReasonCodeDialogActions.declineSubmitted,
        ReasonCodeDialogActions.raiseFlagSubmitted,
        WorkItemPanelActions.lowerFlagClicked,
      ),
      // The effects see an action after the reducers: this is the state the action made.
      withLatestFrom(store.select(workItemsFeature.selectStarted)),
      map(([, started]) => started),
      distinctUntilChanged(),
      filter((started): started is WorkCallStart => started !== null),
      mergeMap((started) => callConsole(link, started).pipe(catchError((err: Error) => failure(started, err)))),
    ),
  { functional: true },
);

function callConsole(link: ConsoleLink, { item, call, reason, message = '' }: WorkCallStart): Observable<Action> {
  const { workId } = item;
  switch (call) {
    // Accept, then open the record in the console (screen pop).
    case 'accept':
      return link.request('acceptWork', { workId }).pipe(
        switchMap(() =>
          link.request('openRecord', { workItemId: item.workItemId }).pipe(
            map(() => WorkItemApiActions.acceptSucceeded({ workId })),
            catchError((err: Error) =>
              of(
                WorkItemApiActions.acceptSucceeded({ workId }),
                WorkItemApiActions.recordOpenFailed({
                  workId,
                  message: $localize`:notice; the reason comes from the console:${workItemName(item)}:item: was accepted, but its record could not be opened: ${err.message}:reason:`,
                }),
              ),
            ),
          ),
        ),
      );
    case 'decline':
      return link
        .request('declineWork', reason ? { workId, reason } : { workId })
        .pipe(map(() => WorkItemApiActions.declineSucceeded({ workId })));
    case 'close':
      return link.request('closeWork', { workId }).pipe(map(() => WorkItemApiActions.closeSucceeded({ workId })));
    case 'raise':
      return link
        .request('raiseFlag', { workId, message })
        .pipe(map(() => WorkItemApiActions.raiseFlagSucceeded({ workId, message })));
    case 'lower':
      return link.request('lowerFlag', { workId }).pipe(map(() => WorkItemApiActions.lowerFlagSucceeded({ workId })));
  }
}

/**
 * A refused call: the app's one resync reads the console again, and the reducer tells from that
 * read whether the item is still the agent's (it may have timed out or been withdrawn meanwhile).
 * No ghost item, no stuck spinner either way.
 */
function failure({ item, call }: WorkCallStart, err: Error): Observable<Action> {
  const refused = { workId: item.workId, message: refusedText(workItemName(item), call, err.message) };
  // A refused flag call leaves the flag as the console last told it: nothing to read again.
  return call === 'raise' || call === 'lower'
    ? of(WorkItemApiActions.flagCallFailed(refused))
    : of(WorkItemApiActions.callFailed(refused), ConsoleLinkActions.readRequested({ at: Date.now() }));
}

/** A refused call in words: one whole sentence per call, as translations need them. */
function refusedText(item: string, call: WorkCall, reason: string): string {
  switch (call) {
    case 'accept':
      return $localize`:notice; the reason comes from the console:${item}:item: could not be accepted: ${reason}:reason: Try again.`;
    case 'decline':
      return $localize`:notice; the reason comes from the console:${item}:item: could not be declined: ${reason}:reason: Try again.`;
    case 'close':
      return $localize`:notice; the reason comes from the console:${item}:item: could not be closed: ${reason}:reason: Try again.`;
    case 'raise':
      return $localize`:notice; the reason comes from the console:The flag on ${item}:item: could not be raised: ${reason}:reason: Try again.`;
    case 'lower':
      return $localize`:notice; the reason comes from the console:The flag on ${item}:item: could not be lowered: ${reason}:reason: Try again.`;
  }
}
