import type { Action } from '@ngrx/store';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { OmniWorkEvents } from './work-items.actions';

/** The console's work events, as the work-items feature's actions (null for the rest). */
export function workAction(event: OmniEvent): Action | null {
  switch (event.type) {
    case 'workAssigned':
      return OmniWorkEvents.workAssigned({ work: event.payload });
    case 'workAccepted':
      return OmniWorkEvents.workAccepted({ workId: event.payload.workId });
    case 'workDeclined':
      return OmniWorkEvents.workDeclined({ workId: event.payload.workId });
    case 'workClosed':
      return OmniWorkEvents.workClosed({ workId: event.payload.workId });
    case 'pushTimeout':
      return OmniWorkEvents.pushTimedOut({ workId: event.payload.workId });
    default:
      return null;
  }
}
