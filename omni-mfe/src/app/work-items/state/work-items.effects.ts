import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store, type Action } from '@ngrx/store';
import { catchError, EMPTY, map, merge, mergeMap, of, switchMap, withLatestFrom, type Observable } from 'rxjs';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import { consoleEvents } from '../../console-link/console-events';
import { ConsoleLink } from '../../console-link/console-link';
import { DECLINE_REASONS } from '../decline-reasons.token';
import { decideWorkAction, type WorkDecision, type WorkIntent } from './work-item-decisions';
import {
  OmniWorkEvents,
  ReasonCodeDialogActions,
  WorkItemApiActions,
  WorkItemPanelActions,
  type WorkCall,
} from './work-items.actions';
import { workItemsFeature } from './work-items.feature';
import { workItemName, type WorkItem } from './work-item';

/** The console's work events, as the work-items feature's actions. */
export const relayWorkEvents = createEffect(() => consoleEvents(workAction), { functional: true });

function workAction(event: BridgeEvent): Action | null {
  switch (event.type) {
    case 'workAssigned':
      return OmniWorkEvents.workAssigned({ work: event.payload });
    case 'workAccepted':
      return OmniWorkEvents.workAccepted({ workId: event.payload.workId });
    case 'workDeclined':
      return OmniWorkEvents.workDeclined({ workId: event.payload.workId });
    case 'workClosed':
      return OmniWorkEvents.workClosed({ workId: event.payload.workId });
    case 'pushTimeout':
      return OmniWorkEvents.pushTimedOut({ workId: event.payload.workId });
    default:
      return null;
  }
}

const intentOf = (action: Action & { workId: string; reason?: string | null }): WorkIntent => {
  if (action.type === ReasonCodeDialogActions.declineSubmitted.type)
    return { kind: 'decline', workId: action.workId, reason: action.reason ?? null };
  const kind =
    action.type === WorkItemPanelActions.acceptClicked.type
      ? 'accept'
      : action.type === WorkItemPanelActions.closeClicked.type
        ? 'close'
        : 'ask-reason';
  return { kind, workId: action.workId };
};

/**
 * Every Accept, Decline and Close goes through `decideWorkAction`, then is carried out here.
 * Items are independent of each other (mergeMap); one item's calls are kept apart by its `busy`.
 */
export const carryOutWorkActions = createEffect(
  (actions$ = inject(Actions), store = inject(Store), link = inject(ConsoleLink), reasons = inject(DECLINE_REASONS)) =>
    actions$.pipe(
      ofType(
        WorkItemPanelActions.acceptClicked,
        WorkItemPanelActions.declineClicked,
        WorkItemPanelActions.closeClicked,
        ReasonCodeDialogActions.declineSubmitted,
      ),
      withLatestFrom(store.select(workItemsFeature.selectWorkItemsState)),
      map(([action, state]) =>
        decideWorkAction(state.entities[action.workId], state.question, reasons, intentOf(action)),
      ),
      mergeMap((decision) => carryOut(link, decision)),
    ),
  { functional: true },
);

function carryOut(link: ConsoleLink, decision: WorkDecision): Observable<Action> {
  switch (decision.kind) {
    case 'ignore':
      return EMPTY;
    case 'ask-reason':
      return of(WorkItemApiActions.reasonAsked({ workId: decision.workId }));
    case 'reason-missing':
      return of(WorkItemApiActions.reasonMissing({ workId: decision.workId }));
    case 'call': {
      const { item, call } = decision;
      // The start is recorded (the item turns busy) before the call is even sent.
      return merge(
        of(WorkItemApiActions.callStarted({ workId: item.workId, call })),
        callConsole(link, decision).pipe(catchError((err: Error) => failure(link, item, call, err))),
      );
    }
  }
}

function callConsole(
  link: ConsoleLink,
  { item, call, reason }: Extract<WorkDecision, { kind: 'call' }>,
): Observable<Action> {
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
  }
}

/**
 * A refused call: ask the console whether the item is still the agent's. If not (it timed out
 * or was withdrawn meanwhile), it leaves the panel with a message; if it is, it stays and the
 * agent may try again. No ghost item, no stuck spinner either way.
 */
function failure(link: ConsoleLink, item: WorkItem, call: WorkCall, err: Error): Observable<Action> {
  return link.request('getAgentWorks', {}).pipe(
    map(({ works }) => works.some((w) => w.workId === item.workId)),
    catchError(() => of(true)),
    map((stillMine) =>
      WorkItemApiActions.callFailed({
        workId: item.workId,
        call,
        gone: !stillMine,
        message: stillMine
          ? refusedText(workItemName(item), call, err.message)
          : $localize`:notice:${workItemName(item)}:item: is no longer yours: it timed out or was withdrawn.`,
      }),
    ),
  );
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
  }
}
