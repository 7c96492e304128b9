import type { Action } from '@ngrx/store';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { ConsoleLinkActions } from './console-link.actions';

/**
 * The console's events the link itself owns, as its actions (null for the rest): Omni-Channel's
 * own connection error (Lightning's ConnectionError), after which the link reads the console again.
 */
export function linkAction(event: OmniEvent): Action | null {
  return event.type === 'connectionError'
    ? ConsoleLinkActions.connectionErrorReported({ message: event.payload.message, at: Date.now() })
    : null;
}
