import { createActionGroup, props } from '@ngrx/store';
import type { SyncWrite } from '../sync/sync-state';

/** How each side answered a write the presence sync made to it. */
export const PresenceSyncActions = createActionGroup({
  source: 'Presence Sync',
  events: {
    /** `lost`: the link went before the answer came, so the write may have landed. */
    'Write Answered': props<{ write: SyncWrite; outcome: 'ok' | 'refused' | 'lost'; message?: string; at: number }>(),
  },
});
