import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AgentWork, FlagRole } from '@shared/protocol/console-data.schema';

/** What Omni-Channel tells about the agent's work, as the console fires it. */
export const OmniWorkEvents = createActionGroup({
  source: 'Omni-Channel Work',
  events: {
    'Work Assigned': props<{ work: AgentWork }>(),
    'Work Accepted': props<{ workId: string }>(),
    'Work Declined': props<{ workId: string }>(),
    'Work Closed': props<{ workId: string }>(),
    'Push Timed Out': props<{ workId: string }>(),
    /** Lightning only (lightning:omniChannelWorkFlagUpdated): a work item's flag was raised or lowered. */
    'Work Flag Changed': props<{ workId: string; isFlagged: boolean; role: FlagRole; message: string | null }>(),
  },
});

/** What the agent does in the launcher and the panel. */
export const WorkItemPanelActions = createActionGroup({
  source: 'Work Item Panel',
  events: {
    'Launcher Toggled': emptyProps(),
    'Accept Clicked': props<{ workId: string }>(),
    'Decline Clicked': props<{ workId: string }>(),
    'Close Clicked': props<{ workId: string }>(),
    'Notice Dismissed': emptyProps(),
    /** Raise flag pressed (Lightning): the "Raise flag" question asks for the message. */
    'Raise Flag Clicked': props<{ workId: string }>(),
    'Lower Flag Clicked': props<{ workId: string }>(),
  },
});

/** What the agent does in the work items' dialog: "Decline work item" or "Raise flag". */
export const ReasonCodeDialogActions = createActionGroup({
  source: 'Reason Code Dialog',
  events: {
    /** Decline pressed, with the chosen reason code's id or null. */
    'Decline Submitted': props<{ workId: string; reason: string | null }>(),
    'Raise Flag Submitted': props<{ workId: string; message: string }>(),
    /** Either question left unanswered (Cancel, Escape, a click outside). */
    Cancelled: props<{ workId: string }>(),
  },
});

/** The console calls a work item's buttons make: its own (Accept, Decline, Close) and its flag's. */
export type WorkCall = ItemCall | 'raise' | 'lower';
export type ItemCall = 'accept' | 'decline' | 'close';

/** How the console answered the calls the reducer started (see `WorkItemsState.started`). */
export const WorkItemApiActions = createActionGroup({
  source: 'Work Item API',
  events: {
    'Accept Succeeded': props<{ workId: string }>(),
    'Decline Succeeded': props<{ workId: string }>(),
    'Close Succeeded': props<{ workId: string }>(),
    /**
     * The console refused the call. Whether the item is still the agent's (or timed out or was
     * withdrawn meanwhile) the console's next read tells; `message` is said if it still is.
     */
    'Call Failed': props<{ workId: string; message: string }>(),
    'Record Open Failed': props<{ workId: string; message: string }>(),
    'Raise Flag Succeeded': props<{ workId: string; message: string }>(),
    'Lower Flag Succeeded': props<{ workId: string }>(),
    /** A raise or lower refused, or the link went away: the flag stays as the console last told it. */
    'Flag Call Failed': props<{ workId: string; message: string }>(),
  },
});
