import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store, type Action } from '@ngrx/store';
import { catchError, distinctUntilChanged, filter, map, mergeMap, of, withLatestFrom, type Observable } from 'rxjs';
import { ConsoleLink } from '../../console-link/console-link';
import { workItemsFeature } from '../state/work-items.feature';
import { workItemName, type WorkItem } from '../state/work-item';
import { ReasonCodeDialogActions, WorkItemApiActions, WorkItemPanelActions } from '../state/work-items.actions';
import { workFlagsFeature, type FlagCallStart } from './work-flags.feature';

/**
 * Sends each raise or lower the reducer started (its `started`, a new record per start), once: a
 * press the reducer refused (an empty message, an item already busy) sends nothing. Items are
 * independent of each other (mergeMap).
 */
export const carryOutFlagCalls = createEffect(
  (actions$ = inject(Actions), store = inject(Store), link = inject(ConsoleLink)) =>
    actions$.pipe(
      ofType(ReasonCodeDialogActions.raiseFlagSubmitted, WorkItemPanelActions.lowerFlagClicked),
      // The effects see an action after the reducers: this is the state the action made.
      withLatestFrom(store.select(workFlagsFeature.selectStarted), store.select(workItemsFeature.selectEntities)),
      map(([, started, items]) => ({ started, item: started ? items[started.workId] : undefined })),
      distinctUntilChanged((a, b) => a.started === b.started),
      filter((s): s is { started: FlagCallStart; item: WorkItem } => s.started !== null && s.item !== undefined),
      mergeMap(({ started, item }) => flagCall(link, started, item)),
    ),
  { functional: true },
);

function flagCall(link: ConsoleLink, started: FlagCallStart, item: WorkItem): Observable<Action> {
  const { workId } = started;
  const call: Observable<Action> =
    started.call === 'raise'
      ? link
          .request('raiseFlag', { workId, message: started.message })
          .pipe(map(() => WorkItemApiActions.raiseFlagSucceeded({ workId, message: started.message })))
      : link.request('lowerFlag', { workId }).pipe(map(() => WorkItemApiActions.lowerFlagSucceeded({ workId })));
  return call.pipe(
    catchError((err: Error) =>
      of(
        WorkItemApiActions.flagCallFailed({
          workId,
          message: refusedText(workItemName(item), started.call === 'raise', err.message),
        }),
      ),
    ),
  );
}

/** A refused raise or lower in words: one whole sentence each, as translations need them. */
function refusedText(item: string, raise: boolean, reason: string): string {
  return raise
    ? $localize`:notice; the reason comes from the console:The flag on ${item}:item: could not be raised: ${reason}:reason: Try again.`
    : $localize`:notice; the reason comes from the console:The flag on ${item}:item: could not be lowered: ${reason}:reason: Try again.`;
}
