import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import type { DeclineReasonsCheck } from '@shared/contracts/decline-reasons';
import type { WorkCall } from './work-items.actions';
import { workItemName, type WorkItem } from './work-item';

/** The question the "Decline work item" dialog shows: which item, and whether a code is missing. */
export interface DeclineQuestion {
  readonly workId: string;
  readonly missing: boolean;
}

/** A work item's flag as the console last told it: raised with its message, or lowered by a supervisor. */
export type WorkFlag =
  { readonly state: 'raised'; readonly message: string | null } | { readonly state: 'lowered-by-supervisor' };

/** A console call the reducer decided to make; the effect sends each one once. */
export interface WorkCallStart {
  /** The item as it was when the call started (its name stays known if it leaves meanwhile). */
  readonly item: WorkItem;
  readonly call: WorkCall;
  /** The decline reason code, when one was chosen. */
  readonly reason?: string;
  /** A raised flag's message. */
  readonly message?: string;
}

/** A call the console refused: whether its item is still the agent's, the next read says. */
export interface RefusedCall {
  readonly workId: string;
  /** What the agent is told if the item is still theirs ("… could not be accepted: … Try again."). */
  readonly message: string;
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
  /** The shell's decline reason codes as checked at mount: Decline and its dialog follow them. */
  readonly reasons: DeclineReasonsCheck;
  /** The latest call started; a new object for every start. */
  readonly started: WorkCallStart | null;
  /** Refused calls waiting for the console's read. */
  readonly refused: readonly RefusedCall[];
  /** Lightning only: the items' flags by work id (see flags/work-flags.ts); an item without one has none. */
  readonly flags: Readonly<Record<string, WorkFlag>>;
  /** Items with a flag raise or lower in flight: their flag buttons wait meanwhile (not their others). */
  readonly flagBusy: readonly string[];
  /** The item the "Raise flag" question asks about, or null. */
  readonly asking: string | null;
}

export const workItemsAdapter = createEntityAdapter<WorkItem>({
  selectId: (item) => item.workId,
  // Oldest first, as they were offered; items without a time keep their id order.
  sortComparer: (a, b) => (a.assignedAt ?? 0) - (b.assignedAt ?? 0) || a.workId.localeCompare(b.workId),
});

/** The slice at mount, with the shell's decline reason codes (none until a mount provides them). */
export function initialWorkItemsState(reasons: DeclineReasonsCheck): WorkItemsState {
  return workItemsAdapter.getInitialState({
    panelOpen: false,
    arrivals: 0,
    announcement: '',
    notice: null,
    question: null,
    reasons,
    started: null,
    refused: [],
    flags: {},
    flagBusy: [],
    asking: null,
  });
}

export const setBusy = (state: WorkItemsState, workId: string, busy: WorkItem['busy']) =>
  workItemsAdapter.updateOne({ id: workId, changes: { busy } }, state);

/**
 * An item no longer in the panel. Kept out of `named`: a $localize inside another's substitution
 * (as `named` would be once the minifier inlines it) breaks the build's translation inlining.
 */
const THE_WORK_ITEM = $localize`:a work item no longer known:The work item`;

export const named = (state: WorkItemsState, workId: string) => {
  const item = state.entities[workId];
  return item ? workItemName(item) : THE_WORK_ITEM;
};

export const questionFor = (state: WorkItemsState, workId: string) =>
  state.question?.workId === workId ? state.question : null;

/** The flags without one item's. */
export const withoutFlag = (flags: WorkItemsState['flags'], workId: string) => {
  const { [workId]: _gone, ...rest } = flags;
  return rest;
};

/** An item leaves the panel, whatever the cause: its dialog, if open, and its flag go with it. */
export function leave(state: WorkItemsState, workId: string, notice?: string): WorkItemsState {
  if (!state.entities[workId]) return state;
  const question = questionFor(state, workId) ? null : state.question;
  return workItemsAdapter.removeOne(workId, {
    ...state,
    question,
    notice: notice ?? state.notice,
    flags: withoutFlag(state.flags, workId),
    asking: state.asking === workId ? null : state.asking,
  });
}
