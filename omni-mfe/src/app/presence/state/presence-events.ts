import type { Action } from '@ngrx/store';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { OmniPresenceEvents } from './presence.actions';

/** The console's presence events, as the presence feature's actions (null for the rest). */
export function presenceAction(event: OmniEvent): Action | null {
  switch (event.type) {
    case 'presenceChanged':
      return OmniPresenceEvents.presenceChanged({ presence: event.payload, at: Date.now() });
    case 'loggedIn':
      return OmniPresenceEvents.loggedIn({ status: event.payload.status });
    case 'loggedOut':
      return OmniPresenceEvents.loggedOut({ ...event.payload, at: Date.now() });
    case 'workloadChanged':
      return OmniPresenceEvents.workloadChanged({ workload: event.payload, at: Date.now() });
    default:
      return null;
  }
}
