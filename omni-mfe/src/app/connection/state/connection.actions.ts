import { createActionGroup, props } from '@ngrx/store';
import type { AgentWork, PresenceStatus, Workload } from '@shared/bridge/console-data.schema';
import type { EventPayload } from '@shared/bridge/events.schema';
import type { ConnectionState } from '../../console-bridge/connection-state';

/** The console's truth as read after every (re)connect. */
export interface ConsoleSnapshot {
  readonly loggedIn: boolean;
  readonly status: PresenceStatus | null;
  readonly statuses: readonly PresenceStatus[];
  readonly works: readonly AgentWork[];
  readonly workload: Workload;
}

/** What arrives from the console bridge: its status, resyncs and the console's events. */
export const ConsoleBridgeActions = createActionGroup({
  source: 'Console Bridge',
  events: {
    'Status Changed': props<{ state: ConnectionState }>(),
    Resynced: props<{ snapshot: ConsoleSnapshot; at: number }>(),
    'Resync Failed': props<{ message: string }>(),
    'Presence Changed': props<{ presence: EventPayload<'presenceChanged'>; at: number }>(),
    'Logged In': props<{ status: PresenceStatus | null }>(),
    'Logged Out': props<{ reason?: string; at: number }>(),
    'Workload Changed': props<{ workload: EventPayload<'workloadChanged'>; at: number }>(),
  },
});
