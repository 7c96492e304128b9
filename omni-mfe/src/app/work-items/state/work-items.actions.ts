import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AgentWork } from '@shared/bridge/console-data.schema';

/** Work events the console bridge relays. */
export const ConsoleWorkActions = createActionGroup({
  source: 'Console Bridge',
  events: {
    'Work Assigned': props<{ work: AgentWork }>(),
    'Work Accepted': props<{ workId: string }>(),
    'Work Declined': props<{ workId: string }>(),
    'Work Closed': props<{ workId: string }>(),
    'Push Timeout': props<{ workId: string }>(),
  },
});

/** What the agent does in the launcher, the panel and the reason-code dialog. */
export const WorkItemPanelActions = createActionGroup({
  source: 'Work Item Panel',
  events: {
    'Launcher Toggled': emptyProps(),
    'Accept Clicked': props<{ workId: string }>(),
    'Decline Clicked': props<{ workId: string }>(),
    'Decline Confirmed': props<{ workId: string; reason: string | undefined }>(),
    'Decline Cancelled': props<{ workId: string }>(),
    'Close Clicked': props<{ workId: string }>(),
    'Notice Dismissed': emptyProps(),
  },
});

/** How the console answered the agent's actions. */
export const ConsoleApiActions = createActionGroup({
  source: 'Console API',
  events: {
    'Accept Success': props<{ workId: string }>(),
    'Decline Success': props<{ workId: string }>(),
    'Close Success': props<{ workId: string }>(),
    /** `gone`: the item is no longer the agent's (timed out, withdrawn): it leaves the panel. */
    'Work Action Failure': props<{ workId: string; action: 'accept' | 'decline' | 'close'; message: string; gone: boolean }>(),
    'Open Record Failure': props<{ workId: string; message: string }>(),
  },
});
