import { createActionGroup, props } from '@ngrx/store';
import type { PresenceStatus } from '@shared/protocol/console-data.schema';
import type { EventPayload } from '@shared/protocol/events.schema';

/** What Omni-Channel tells about the agent's presence, as the console fires it. */
export const OmniPresenceEvents = createActionGroup({
  source: 'Omni-Channel',
  events: {
    'Presence Changed': props<{ presence: EventPayload<'presenceChanged'>; at: number }>(),
    'Logged In': props<{ status: PresenceStatus | null }>(),
    'Logged Out': props<{ reason?: string; duringOwnCall?: boolean; at: number }>(),
    'Workload Changed': props<{ workload: EventPayload<'workloadChanged'>; at: number }>(),
  },
});
