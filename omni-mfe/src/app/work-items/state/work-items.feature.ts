import { createFeature, createReducer, on } from '@ngrx/store';
import type { AgentWork } from '@shared/protocol/console-data.schema';
import { checkDeclineReasons } from '@shared/contracts/decline-reasons';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import { FLAG_REDUCERS } from '../flags/work-flags';
import { workTypeLabel } from '../work-item-texts';
import { applyIntent } from './work-item-decisions';
import {
  OmniWorkEvents,
  ReasonCodeDialogActions,
  WorkItemApiActions,
  WorkItemPanelActions,
} from './work-items.actions';
import { workItemFrom } from './work-item';
import {
  initialWorkItemsState,
  leave,
  named,
  questionFor,
  setBusy,
  workItemsAdapter,
  type WorkItemsState,
} from './work-items.state';

export { workItemsAdapter, type DeclineQuestion, type WorkItemsState } from './work-items.state';

/**
 * After a (re)connect, or a refused call, the console's AgentWork is the truth: nothing lost,
 * nothing doubled. A refused call's item that the read no longer lists timed out or was
 * withdrawn meanwhile: it leaves, saying so; one still listed stays, with the refusal's words.
 * The flags of the items still listed stay (the toolkit cannot read them back); the others go.
 */
function read(state: WorkItemsState, works: readonly AgentWork[]): WorkItemsState {
  const kept = works.filter((w) => w.status !== 'Closed');
  let notice = state.notice;
  for (const { workId, message } of state.refused) {
    if (!state.entities[workId]) continue;
    notice = kept.some((w) => w.workId === workId)
      ? message
      : $localize`:notice:${named(state, workId)}:item: is no longer yours: it timed out or was withdrawn.`;
  }
  const flags = Object.fromEntries(Object.entries(state.flags).filter(([id]) => kept.some((w) => w.workId === id)));
  const next = workItemsAdapter.setAll(kept.map(workItemFrom), { ...state, notice, refused: [], flags });
  return next.question && !next.entities[next.question.workId] ? { ...next, question: null } : next;
}

/** The read failed: the refused items stay the agent's, to try again. */
function readFailed(state: WorkItemsState): WorkItemsState {
  return state.refused.reduce<WorkItemsState>(
    (s, { workId, message }) => (s.entities[workId] ? setBusy({ ...s, notice: message }, workId, null) : s),
    { ...state, refused: [] },
  );
}

export const workItemsFeature = createFeature({
  name: 'workItems',
  reducer: createReducer(
    // Without the mount's reason codes (see WORK_ITEMS_STORE_CONFIG) Decline stays unavailable.
    initialWorkItemsState(checkDeclineReasons(undefined)),
    on(ConsoleLinkActions.consoleRead, (state, { snapshot }) => read(state, snapshot.works)),
    on(ConsoleLinkActions.consoleReadFailed, readFailed),
    on(OmniWorkEvents.workAssigned, (state, { work }) => {
      const item = workItemFrom(work);
      const known = state.entities[item.workId] !== undefined;
      return workItemsAdapter.upsertOne(
        item,
        known
          ? state
          : {
              ...state,
              arrivals: state.arrivals + 1,
              announcement: $localize`:announced when a work item arrives:New ${workTypeLabel(item.type)}:type:: ${item.label}:label:`,
            },
      );
    }),
    on(OmniWorkEvents.workAccepted, (state, { workId }) =>
      workItemsAdapter.updateOne({ id: workId, changes: { status: 'Opened' } }, state),
    ),
    on(
      OmniWorkEvents.workDeclined,
      OmniWorkEvents.workClosed,
      WorkItemApiActions.declineSucceeded,
      WorkItemApiActions.closeSucceeded,
      (state, { workId }) => leave(state, workId),
    ),
    on(OmniWorkEvents.pushTimedOut, (state, { workId }) =>
      leave(
        state,
        workId,
        $localize`:notice:${named(state, workId)}:item: was not accepted in time and went back to the queue.`,
      ),
    ),
    on(WorkItemPanelActions.launcherToggled, (state) => ({ ...state, panelOpen: !state.panelOpen })),
    on(WorkItemPanelActions.noticeDismissed, (state) => ({ ...state, notice: null })),
    // Every Accept, Decline and Close is decided here (decideWorkAction); the effect sends what starts.
    on(WorkItemPanelActions.acceptClicked, (state, { workId }) => applyIntent(state, { kind: 'accept', workId })),
    on(WorkItemPanelActions.closeClicked, (state, { workId }) => applyIntent(state, { kind: 'close', workId })),
    on(WorkItemPanelActions.declineClicked, (state, { workId }) => applyIntent(state, { kind: 'ask-reason', workId })),
    on(ReasonCodeDialogActions.declineSubmitted, (state, { workId, reason }) =>
      applyIntent(state, { kind: 'decline', workId, reason }),
    ),
    // Either question: Decline work item's, or Raise flag's.
    on(ReasonCodeDialogActions.cancelled, (state, { workId }) =>
      questionFor(state, workId)
        ? { ...state, question: null }
        : state.asking === workId
          ? { ...state, asking: null }
          : state,
    ),
    on(WorkItemApiActions.acceptSucceeded, (state, { workId }) =>
      workItemsAdapter.updateOne({ id: workId, changes: { status: 'Opened', busy: null } }, state),
    ),
    // The item stays busy until the read (requested with the failure) tells whether it is still the agent's.
    on(WorkItemApiActions.callFailed, (state, { workId, message }) =>
      state.entities[workId] ? { ...state, refused: [...state.refused, { workId, message }] } : state,
    ),
    on(WorkItemApiActions.recordOpenFailed, (state, { message }) => ({ ...state, notice: message })),
    ...FLAG_REDUCERS,
  ),
  extraSelectors: ({ selectWorkItemsState }) => {
    const { selectAll } = workItemsAdapter.getSelectors(selectWorkItemsState);
    return { selectAllWorkItems: selectAll };
  },
});
