import { createActionGroup, props } from '@ngrx/store';
import type { RequestResult } from '@shared/protocol/requests.schema';
import type { SyncWrite } from '../sync/sync-state';

/** How each side answered a write (or a check) the presence sync made. */
export const PresenceSyncActions = createActionGroup({
  source: 'Presence Sync',
  events: {
    /** `lost`: the link went before the answer came, so the write may have landed. */
    'Write Answered': props<{ write: SyncWrite; outcome: 'ok' | 'refused' | 'lost'; message?: string; at: number }>(),
    /** `presence`: null when the console could not be read. */
    'Presence Checked': props<{ presence: RequestResult<'getPresence'> | null; at: number }>(),
  },
});
