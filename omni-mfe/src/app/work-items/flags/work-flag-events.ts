import type { Action } from '@ngrx/store';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { OmniWorkEvents } from '../state/work-items.actions';

/** The console's flag events as the flags' actions (null for the rest). */
export function flagAction(event: OmniEvent): Action | null {
  if (event.type !== 'workFlagChanged') return null;
  const { workId, isFlagged, role, message } = event.payload;
  return OmniWorkEvents.workFlagChanged({ workId, isFlagged, role, message: message ?? null });
}
