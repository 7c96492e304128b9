import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store, type Action } from '@ngrx/store';
import { catchError, exhaustMap, filter, finalize, map, mergeMap, of, switchMap, take, type Observable } from 'rxjs';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import { ConsoleBridge } from '../../console-bridge/console-bridge';
import { relayBridgeEvents } from '../../console-bridge/relay-events';
import { DECLINE_REASONS } from '../decline-reasons.token';
import { ReasonCodePrompt, type ReasonCodeDialogData } from '../reason-code-prompt';
import { ConsoleApiActions, ConsoleWorkActions, WorkItemPanelActions } from './work-items.actions';
import { workItemsFeature } from './work-items.feature';
import { workItemName, type WorkItem } from './work-item';

/** Relays the console's work events as actions. */
export const relayWorkEvents = createEffect(() => relayBridgeEvents(workAction), { functional: true });

function workAction(event: BridgeEvent): Action | null {
  switch (event.type) {
    case 'workAssigned':
      return ConsoleWorkActions.workAssigned({ work: event.payload });
    case 'workAccepted':
      return ConsoleWorkActions.workAccepted({ workId: event.payload.workId });
    case 'workDeclined':
      return ConsoleWorkActions.workDeclined({ workId: event.payload.workId });
    case 'workClosed':
      return ConsoleWorkActions.workClosed({ workId: event.payload.workId });
    case 'pushTimeout':
      return ConsoleWorkActions.pushTimeout({ workId: event.payload.workId });
    default:
      return null;
  }
}

/**
 * One console call per item at a time: a second click while the first is in flight sends
 * nothing. Items are independent of each other (mergeMap).
 */
function oncePerItem<A extends { workId: string }>(run: (action: A, item: WorkItem) => Observable<Action>) {
  const inFlight = new Set<string>();
  const store = inject(Store);
  return (source: Observable<A>) =>
    source.pipe(
      concatLatestFrom(() => store.select(workItemsFeature.selectEntities)),
      filter(([action, items]) => !inFlight.has(action.workId) && items[action.workId] !== undefined),
      mergeMap(([action, items]) => {
        inFlight.add(action.workId);
        return run(action, items[action.workId] as WorkItem).pipe(finalize(() => inFlight.delete(action.workId)));
      }),
    );
}

/** Accept, then open the record in the console (screen pop). */
export const acceptWork = createEffect(
  (actions$ = inject(Actions), bridge = inject(ConsoleBridge)) =>
    actions$.pipe(
      ofType(WorkItemPanelActions.acceptClicked),
      oncePerItem(({ workId }, item) =>
        bridge.request('acceptWork', { workId }).pipe(
          switchMap(() =>
            bridge.request('openRecord', { workItemId: item.workItemId }).pipe(
              map(() => ConsoleApiActions.acceptSuccess({ workId })),
              catchError((err: Error) => of(ConsoleApiActions.acceptSuccess({ workId }), ConsoleApiActions.openRecordFailure({ workId, message: `${workItemName(item)} was accepted, but its record could not be opened: ${err.message}` }))),
            ),
          ),
          catchError((err: Error) => failure(bridge, item, 'accept', err)),
        ),
      ),
    ),
  { functional: true },
);

/** Decline asks for a reason code first, in the dialog; one dialog at a time. */
export const askDeclineReason = createEffect(
  (actions$ = inject(Actions), prompt = inject(ReasonCodePrompt), reasons = inject(DECLINE_REASONS), store = inject(Store)) =>
    actions$.pipe(
      ofType(WorkItemPanelActions.declineClicked),
      concatLatestFrom(() => store.select(workItemsFeature.selectEntities)),
      exhaustMap(([{ workId }, items]) => {
        const item = items[workId];
        if (!item || item.busy) return of(WorkItemPanelActions.declineCancelled({ workId }));
        if (!reasons.ok) return of(ConsoleApiActions.workActionFailure({ workId, action: 'decline', message: reasons.problem, gone: false }));
        const data: ReasonCodeDialogData = { itemName: workItemName(item), reasons: reasons.reasons };
        const gone$ = store.select(workItemsFeature.selectEntities).pipe(filter((entities) => entities[workId] === undefined), take(1));
        return prompt.ask(data, gone$).pipe(map((reason) => (reason === undefined ? WorkItemPanelActions.declineCancelled({ workId }) : WorkItemPanelActions.declineConfirmed({ workId, reason: reason || undefined }))));
      }),
    ),
  { functional: true },
);

export const declineWork = createEffect(
  (actions$ = inject(Actions), bridge = inject(ConsoleBridge)) =>
    actions$.pipe(
      ofType(WorkItemPanelActions.declineConfirmed),
      oncePerItem(({ workId, reason }, item) =>
        bridge.request('declineWork', reason ? { workId, reason } : { workId }).pipe(
          map(() => ConsoleApiActions.declineSuccess({ workId })),
          catchError((err: Error) => failure(bridge, item, 'decline', err)),
        ),
      ),
    ),
  { functional: true },
);

export const closeWork = createEffect(
  (actions$ = inject(Actions), bridge = inject(ConsoleBridge)) =>
    actions$.pipe(
      ofType(WorkItemPanelActions.closeClicked),
      oncePerItem(({ workId }, item) =>
        bridge.request('closeWork', { workId }).pipe(
          map(() => ConsoleApiActions.closeSuccess({ workId })),
          catchError((err: Error) => failure(bridge, item, 'close', err)),
        ),
      ),
    ),
  { functional: true },
);

/**
 * A refused call: ask the console whether the item is still the agent's. If not (it timed out
 * or was withdrawn meanwhile), it leaves the panel with a message; if it is, it stays and the
 * agent may try again. No ghost item, no stuck spinner either way.
 */
function failure(bridge: ConsoleBridge, item: WorkItem, action: 'accept' | 'decline' | 'close', err: Error): Observable<Action> {
  const verb = { accept: 'accepted', decline: 'declined', close: 'closed' }[action];
  return bridge.request('getAgentWorks', {}).pipe(
    map(({ works }) => works.some((w) => w.workId === item.workId)),
    catchError(() => of(true)),
    map((stillMine) =>
      ConsoleApiActions.workActionFailure({
        workId: item.workId,
        action,
        gone: !stillMine,
        message: stillMine ? `${workItemName(item)} could not be ${verb}: ${err.message} Try again.` : `${workItemName(item)} is no longer yours: it timed out or was withdrawn.`,
      }),
    ),
  );
}
