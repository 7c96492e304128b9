import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import { ConsoleBridgeActions } from '../../connection/state/connection.actions';
import { ConsoleApiActions, ConsoleWorkActions, WorkItemPanelActions } from './work-items.actions';
import { workItemFrom, workItemName, type WorkItem } from './work-item';

export interface WorkItemsState extends EntityState<WorkItem> {
  readonly panelOpen: boolean;
  /** Counts arrivals, so that the launcher blinks again for each new item. */
  readonly arrivals: number;
  /** The latest arrival, for screen readers ("New Case: …"). */
  readonly announcement: string;
  /** What the agent must know about their last action, or a withdrawn item. */
  readonly notice: string | null;
}

export const workItemsAdapter = createEntityAdapter<WorkItem>({
  selectId: (item) => item.workId,
  // Oldest first, as they were offered; items without a time keep their id order.
  sortComparer: (a, b) => (a.assignedAt ?? 0) - (b.assignedAt ?? 0) || a.workId.localeCompare(b.workId),
});

const initialState: WorkItemsState = workItemsAdapter.getInitialState({ panelOpen: false, arrivals: 0, announcement: '', notice: null });

const setBusy = (state: WorkItemsState, workId: string, busy: WorkItem['busy']) => workItemsAdapter.updateOne({ id: workId, changes: { busy } }, state);
const named = (state: WorkItemsState, workId: string) => {
  const item = state.entities[workId];
  return item ? workItemName(item) : 'The work item';
};

export const workItemsFeature = createFeature({
  name: 'workItems',
  reducer: createReducer(
    initialState,
    // After a (re)connect the console's AgentWork is the truth: nothing lost, nothing doubled.
    on(ConsoleBridgeActions.resynced, (state, { snapshot }) => workItemsAdapter.setAll(snapshot.works.filter((w) => w.status !== 'Closed').map(workItemFrom), state)),
    on(ConsoleWorkActions.workAssigned, (state, { work }) => {
      const item = workItemFrom(work);
      const known = state.entities[item.workId] !== undefined;
      return workItemsAdapter.upsertOne(item, known ? state : { ...state, arrivals: state.arrivals + 1, announcement: `New ${item.type}: ${item.label}` });
    }),
    on(ConsoleWorkActions.workAccepted, (state, { workId }) => workItemsAdapter.updateOne({ id: workId, changes: { status: 'Opened' } }, state)),
    on(ConsoleWorkActions.workDeclined, ConsoleWorkActions.workClosed, (state, { workId }) => workItemsAdapter.removeOne(workId, state)),
    on(ConsoleWorkActions.pushTimeout, (state, { workId }) =>
      state.entities[workId] ? workItemsAdapter.removeOne(workId, { ...state, notice: `${named(state, workId)} was not accepted in time and went back to the queue.` }) : state,
    ),
    on(WorkItemPanelActions.launcherToggled, (state) => ({ ...state, panelOpen: !state.panelOpen })),
    // A click on a busy item changes nothing (the effect ignores it too).
    on(WorkItemPanelActions.acceptClicked, (state, { workId }) => (state.entities[workId]?.busy ? state : setBusy({ ...state, notice: null }, workId, 'accept'))),
    on(WorkItemPanelActions.declineConfirmed, (state, { workId }) => setBusy({ ...state, notice: null }, workId, 'decline')),
    on(WorkItemPanelActions.closeClicked, (state, { workId }) => (state.entities[workId]?.busy ? state : setBusy({ ...state, notice: null }, workId, 'close'))),
    on(WorkItemPanelActions.noticeDismissed, (state) => ({ ...state, notice: null })),
    on(ConsoleApiActions.acceptSuccess, (state, { workId }) => workItemsAdapter.updateOne({ id: workId, changes: { status: 'Opened', busy: null } }, state)),
    on(ConsoleApiActions.declineSuccess, ConsoleApiActions.closeSuccess, (state, { workId }) => workItemsAdapter.removeOne(workId, state)),
    on(ConsoleApiActions.workActionFailure, (state, { workId, message, gone }) =>
      gone ? workItemsAdapter.removeOne(workId, { ...state, notice: message }) : setBusy({ ...state, notice: message }, workId, null),
    ),
    on(ConsoleApiActions.openRecordFailure, (state, { message }) => ({ ...state, notice: message })),
  ),
  extraSelectors: ({ selectWorkItemsState }) => {
    const { selectAll } = workItemsAdapter.getSelectors(selectWorkItemsState);
    return { selectAllWorkItems: selectAll };
  },
});
