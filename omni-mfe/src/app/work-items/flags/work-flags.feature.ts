import { createFeature, createReducer, on } from '@ngrx/store';
import { FLAG_MESSAGE_MAX } from '@shared/protocol/console-data.schema';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import {
  OmniWorkEvents,
  ReasonCodeDialogActions,
  WorkItemApiActions,
  WorkItemPanelActions,
} from '../state/work-items.actions';

/** A work item's flag as the console last told it: raised with its message, or lowered by a supervisor. */
export type WorkFlag =
  { readonly state: 'raised'; readonly message: string | null } | { readonly state: 'lowered-by-supervisor' };

export interface WorkFlagsState {
  /** By work id; an item without an entry has no flag. */
  readonly flags: Readonly<Record<string, WorkFlag>>;
  /** The item the "Raise flag" dialog asks about, or null (closed). */
  readonly asking: string | null;
  /** Items with a raise or lower in flight: their flag buttons wait meanwhile. */
  readonly busy: readonly string[];
  /** The latest call the reducer started (a new object per start); the effect sends each once. */
  readonly started: FlagCallStart | null;
}

/** A raise (with its message) or a lower the reducer decided to send. */
export type FlagCallStart =
  | { readonly call: 'raise'; readonly workId: string; readonly message: string }
  | { readonly call: 'lower'; readonly workId: string };

const initialState: WorkFlagsState = { flags: {}, asking: null, busy: [], started: null };

const without = (flags: WorkFlagsState['flags'], workId: string) => {
  const { [workId]: _gone, ...rest } = flags;
  return rest;
};
const idle = (state: WorkFlagsState, workId: string) => state.busy.filter((id) => id !== workId);
const set = (state: WorkFlagsState, workId: string, flag: WorkFlag | null): WorkFlagsState => ({
  ...state,
  flags: flag ? { ...state.flags, [workId]: flag } : without(state.flags, workId),
  busy: idle(state, workId),
});
const gone = (state: WorkFlagsState, { workId }: { workId: string }): WorkFlagsState =>
  state.flags[workId] || state.asking === workId
    ? { ...set(state, workId, null), asking: state.asking === workId ? null : state.asking }
    : state;

/**
 * The flags of the agent's items. Lightning's toolkit has no call that reads a flag back (only
 * raise, lower and the WorkFlagUpdated event), so the flags are kept here across link sessions:
 * a relay reload or a resync keeps the flag of every item the console still lists, and drops
 * those of items that left. A raise or lower changes a flag only when the console accepted it.
 */
export const workFlagsFeature = createFeature({
  name: 'workFlags',
  reducer: createReducer(
    initialState,
    on(OmniWorkEvents.workFlagChanged, (state, { workId, isFlagged, role, message }) =>
      set(
        state,
        workId,
        isFlagged ? { state: 'raised', message } : role === 'SUPERVISOR' ? { state: 'lowered-by-supervisor' } : null,
      ),
    ),
    on(WorkItemPanelActions.raiseFlagClicked, (state, { workId }) =>
      state.busy.includes(workId) ? state : { ...state, asking: workId },
    ),
    on(ReasonCodeDialogActions.cancelled, (state, { workId }) =>
      state.asking === workId ? { ...state, asking: null } : state,
    ),
    // The dialog checks the message; the reducer holds to the same rule, so no empty raise is sent.
    on(ReasonCodeDialogActions.raiseFlagSubmitted, (state, { workId, message }) => {
      const text = message.trim();
      return state.asking === workId && text !== '' && text.length <= FLAG_MESSAGE_MAX
        ? {
            ...state,
            asking: null,
            busy: [...idle(state, workId), workId],
            started: { call: 'raise', workId, message: text },
          }
        : state;
    }),
    on(WorkItemPanelActions.lowerFlagClicked, (state, { workId }) =>
      state.busy.includes(workId) || state.flags[workId]?.state !== 'raised'
        ? state
        : { ...state, busy: [...state.busy, workId], started: { call: 'lower', workId } },
    ),
    on(WorkItemApiActions.raiseFlagSucceeded, (state, { workId, message }) =>
      set(state, workId, { state: 'raised', message }),
    ),
    on(WorkItemApiActions.lowerFlagSucceeded, (state, { workId }) => set(state, workId, null)),
    on(WorkItemApiActions.flagCallFailed, (state, { workId }) => ({ ...state, busy: idle(state, workId) })),
    on(ConsoleLinkActions.consoleRead, (state, { snapshot }) => {
      const listed = new Set(snapshot.works.filter((w) => w.status !== 'Closed').map((w) => w.workId));
      const kept = Object.entries(state.flags).filter(([workId]) => listed.has(workId));
      return kept.length === Object.keys(state.flags).length ? state : { ...state, flags: Object.fromEntries(kept) };
    }),
    on(
      OmniWorkEvents.workDeclined,
      OmniWorkEvents.workClosed,
      OmniWorkEvents.pushTimedOut,
      WorkItemApiActions.declineSucceeded,
      WorkItemApiActions.closeSucceeded,
      gone,
    ),
  ),
});
