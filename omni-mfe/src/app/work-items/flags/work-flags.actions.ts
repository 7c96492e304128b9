import { createActionGroup, props } from '@ngrx/store';
import type { FlagRole } from '@shared/protocol/console-data.schema';

/** What the Lightning console tells about a work item's flag (lightning:omniChannelWorkFlagUpdated). */
export const OmniFlagEvents = createActionGroup({
  source: 'Omni-Channel Flag',
  events: {
    'Flag Changed': props<{ workId: string; isFlagged: boolean; role: FlagRole; message: string | null }>(),
  },
});

/** What the agent does with an accepted item's flag in the panel. */
export const WorkFlagPanelActions = createActionGroup({
  source: 'Work Item Panel',
  events: {
    /** Raise flag pressed: the "Raise flag" dialog asks for the message. */
    'Raise Flag Clicked': props<{ workId: string }>(),
    'Lower Flag Clicked': props<{ workId: string }>(),
  },
});

/** What the agent does in the "Raise flag" dialog. */
export const FlagDialogActions = createActionGroup({
  source: 'Flag Dialog',
  events: {
    'Raise Submitted': props<{ workId: string; message: string }>(),
    Cancelled: props<{ workId: string }>(),
  },
});

/** How the console answered a raise or a lower. */
export const WorkFlagApiActions = createActionGroup({
  source: 'Work Flag API',
  events: {
    'Raise Succeeded': props<{ workId: string; message: string }>(),
    'Lower Succeeded': props<{ workId: string }>(),
    /** Refused, or the link went away: the flag stays as the console last told it; `message` is said. */
    'Call Failed': props<{ workId: string; message: string }>(),
  },
});
