import { createActionGroup, props } from '@ngrx/store';
import type { SyncWrite } from '../sync/sync-core';

/** The presence sync's own events: the writes it makes to either side. */
export const PresenceSyncActions = createActionGroup({
  source: 'Presence Sync',
  events: {
    'Writes Requested': props<{ writes: readonly SyncWrite[] }>(),
    'Write Succeeded': props<{ write: SyncWrite; at: number }>(),
    /** `retry`: lost with the connection, so tried again after the resync. */
    'Write Failed': props<{ write: SyncWrite; message: string; retry: boolean; at: number }>(),
  },
});
