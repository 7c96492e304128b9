import { createActionGroup, props } from '@ngrx/store';
import type { AdapterName } from '@shared/protocol/envelope';
import type { ConnectionState } from '../console-transport';
import type { ConsoleSnapshot } from './console-snapshot';

/** What happens to the link with the console: its transport, its sessions and reading its state. */
export const ConsoleLinkActions = createActionGroup({
  source: 'Console Link',
  events: {
    'Status Changed': props<{ state: ConnectionState }>(),
    /** A new session began: the console's state must be read before anything acts on it. */
    'Session Started': props<{ at: number; adapter?: AdapterName }>(),
    /** Something else needs the console's state again (a refused work call): read it. */
    'Read Requested': props<{ at: number }>(),
    'Console Read': props<{ snapshot: ConsoleSnapshot; at: number }>(),
    /** Reading failed (any of its requests); it is tried again after `retryInMs`. */
    'Console Read Failed': props<{ message: string; attempt: number; retryInMs: number }>(),
    /** Omni-Channel itself lost its connection (Lightning's ConnectionError): read again. */
    'Connection Error Reported': props<{ message: string; at: number }>(),
  },
});
