import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import {
  OmniWorkEvents,
  ReasonCodeDialogActions,
  WorkItemApiActions,
  WorkItemPanelActions,
} from './work-items.actions';
import { workTypeLabel } from '../work-item-texts';
import { workItemFrom, workItemName, type WorkItem } from './work-item';

/** The question the "Decline work item" dialog shows: which item, and whether a code is missing. */
export interface DeclineQuestion {
  readonly workId: string;
  readonly missing: boolean;
}

export interface WorkItemsState extends EntityState<WorkItem> {
  readonly panelOpen: boolean;
  /** Counts arrivals, so that the launcher blinks again for each new item. */
  readonly arrivals: number;
  /** The latest arrival, for screen readers ("New Case: …"). */
  readonly announcement: string;
  /** What the agent must know about their last action, or a withdrawn item. */
  readonly notice: string | null;
  /** The decline dialog's state: open for one item, or closed (null). */
  readonly question: DeclineQuestion | null;
}

export const workItemsAdapter = createEntityAdapter<WorkItem>({
  selectId: (item) => item.workId,
  // Oldest first, as they were offered; items without a time keep their id order.
  sortComparer: (a, b) => (a.assignedAt ?? 0) - (b.assignedAt ?? 0) || a.workId.localeCompare(b.workId),
});

const initialState: WorkItemsState = workItemsAdapter.getInitialState({
  panelOpen: false,
  arrivals: 0,
  announcement: '',
  notice: null,
  question: null,
});

const setBusy = (state: WorkItemsState, workId: string, busy: WorkItem['busy']) =>
  workItemsAdapter.updateOne({ id: workId, changes: { busy } }, state);
/**
 * An item no longer in the panel. Kept out of `named`: a $localize inside another's substitution
 * (as `named` would be once the minifier inlines it) breaks the build's translation inlining.
 */
const THE_WORK_ITEM = $localize`:a work item no longer known:The work item`;
const named = (state: WorkItemsState, workId: string) => {
  const item = state.entities[workId];
  return item ? workItemName(item) : THE_WORK_ITEM;
};
const questionFor = (state: WorkItemsState, workId: string) =>
  state.question?.workId === workId ? state.question : null;

/** An item leaves the panel, whatever the cause: its dialog, if open, goes with it. */
function leave(state: WorkItemsState, workId: string, notice?: string): WorkItemsState {
  if (!state.entities[workId]) return state;
  const question = questionFor(state, workId) ? null : state.question;
  return workItemsAdapter.removeOne(workId, { ...state, question, notice: notice ?? state.notice });
}

export const workItemsFeature = createFeature({
  name: 'workItems',
  reducer: createReducer(
    initialState,
    // After a (re)connect the console's AgentWork is the truth: nothing lost, nothing doubled.
    on(ConsoleLinkActions.consoleRead, (state, { snapshot }) => {
      const next = workItemsAdapter.setAll(
        snapshot.works.filter((w) => w.status !== 'Closed').map(workItemFrom),
        state,
      );
      return next.question && !next.entities[next.question.workId] ? { ...next, question: null } : next;
    }),
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
    on(WorkItemApiActions.reasonAsked, (state, { workId }) => ({
      ...state,
      notice: null,
      question: { workId, missing: false },
    })),
    on(WorkItemApiActions.reasonMissing, (state, { workId }) =>
      questionFor(state, workId) ? { ...state, question: { workId, missing: true } } : state,
    ),
    on(ReasonCodeDialogActions.cancelled, (state, { workId }) =>
      questionFor(state, workId) ? { ...state, question: null } : state,
    ),
    on(WorkItemApiActions.callStarted, (state, { workId, call }) =>
      setBusy(
        { ...state, notice: null, question: call === 'decline' && questionFor(state, workId) ? null : state.question },
        workId,
        call,
      ),
    ),
    on(WorkItemApiActions.acceptSucceeded, (state, { workId }) =>
      workItemsAdapter.updateOne({ id: workId, changes: { status: 'Opened', busy: null } }, state),
    ),
    on(WorkItemApiActions.callFailed, (state, { workId, message, gone }) =>
      gone ? leave(state, workId, message) : setBusy({ ...state, notice: message }, workId, null),
    ),
    on(WorkItemApiActions.recordOpenFailed, (state, { message }) => ({ ...state, notice: message })),
  ),
  extraSelectors: ({ selectWorkItemsState }) => {
    const { selectAll } = workItemsAdapter.getSelectors(selectWorkItemsState);
    return { selectAllWorkItems: selectAll };
  },
});
