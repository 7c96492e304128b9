import { on } from '@ngrx/store';
import { FLAG_MESSAGE_MAX } from '@shared/protocol/console-data.schema';
import {
  OmniWorkEvents,
  ReasonCodeDialogActions,
  WorkItemApiActions,
  WorkItemPanelActions,
} from '../state/work-items.actions';
import { withoutFlag, type WorkFlag, type WorkItemsState } from '../state/work-items.state';

export type { WorkFlag } from '../state/work-items.state';

const idle = (state: WorkItemsState, workId: string) => state.flagBusy.filter((id) => id !== workId);
const setFlag = (state: WorkItemsState, workId: string, flag: WorkFlag | null): WorkItemsState => ({
  ...state,
  flags: flag ? { ...state.flags, [workId]: flag } : withoutFlag(state.flags, workId),
  flagBusy: idle(state, workId),
});

/**
 * The work items' flags (Lightning), kept in the work-items slice beside the items. Lightning's
 * toolkit has no call that reads a flag back (only raise, lower and the WorkFlagUpdated event),
 * so the flags are kept here across link sessions: a relay reload or a resync keeps the flag of
 * every item the console still lists (`read`), and an item that leaves takes its flag (`leave`).
 * A raise or lower changes a flag only when the console accepted it; the call is started here
 * (`started`, as Accept, Decline and Close are) and sent by carryOutWorkCalls.
 */
export const FLAG_REDUCERS = [
  on(OmniWorkEvents.workFlagChanged, (state: WorkItemsState, { workId, isFlagged, role, message }) =>
    setFlag(
      state,
      workId,
      isFlagged ? { state: 'raised', message } : role === 'SUPERVISOR' ? { state: 'lowered-by-supervisor' } : null,
    ),
  ),
  on(WorkItemPanelActions.raiseFlagClicked, (state: WorkItemsState, { workId }) =>
    state.flagBusy.includes(workId) ? state : { ...state, asking: workId },
  ),
  // The dialog checks the message; the reducer holds to the same rule, so no empty raise is sent.
  on(ReasonCodeDialogActions.raiseFlagSubmitted, (state: WorkItemsState, { workId, message }) => {
    const text = message.trim();
    const item = state.entities[workId];
    return state.asking === workId && item && text !== '' && text.length <= FLAG_MESSAGE_MAX
      ? {
          ...state,
          asking: null,
          flagBusy: [...idle(state, workId), workId],
          started: { item, call: 'raise' as const, message: text },
        }
      : state;
  }),
  on(WorkItemPanelActions.lowerFlagClicked, (state: WorkItemsState, { workId }) => {
    const item = state.entities[workId];
    return !item || state.flagBusy.includes(workId) || state.flags[workId]?.state !== 'raised'
      ? state
      : { ...state, flagBusy: [...state.flagBusy, workId], started: { item, call: 'lower' as const } };
  }),
  on(WorkItemApiActions.raiseFlagSucceeded, (state: WorkItemsState, { workId, message }) =>
    setFlag(state, workId, { state: 'raised', message }),
  ),
  on(WorkItemApiActions.lowerFlagSucceeded, (state: WorkItemsState, { workId }) => setFlag(state, workId, null)),
  on(WorkItemApiActions.flagCallFailed, (state: WorkItemsState, { workId, message }) => ({
    ...state,
    notice: message,
    flagBusy: idle(state, workId),
  })),
];
