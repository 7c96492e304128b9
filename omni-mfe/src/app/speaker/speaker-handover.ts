import { parseDcStateKey } from '@shared/dc-state/dc-state';
import { OMNI_OFFLINE } from '@shared/mapping/omni-mapping';
import type { PresenceState } from '../presence/state/presence.feature';
import { PresenceSyncActions } from '../presence/state/sync.actions';
import type { SyncWrite } from '../presence/sync/sync-state';

/**
 * The writes the previous speaker had in flight when this omni-mfe took over, each answered
 * `lost`: it may or may not have landed, which the console's next read tells the sync
 * (sync-core.ts). Each is rebuilt from the sync's pending value as the sync core would call it.
 */
export function lostWrites(
  presence: PresenceState,
  at: number,
): ReturnType<typeof PresenceSyncActions.writeAnswered>[] {
  const { pending } = presence.sync;
  const writes: SyncWrite[] = [];
  if (pending.omni !== null) {
    const status = presence.statuses.find((s) => s.statusApiName === pending.omni);
    if (pending.omni === OMNI_OFFLINE) writes.push({ side: 'omni', value: pending.omni, call: { method: 'logout' } });
    else if (status)
      writes.push({ side: 'omni', value: pending.omni, call: { method: 'setPresence', statusId: status.statusId } });
  }
  const dcState = pending.dc === null ? undefined : parseDcStateKey(pending.dc);
  if (pending.dc !== null && dcState) writes.push({ side: 'dc', value: pending.dc, state: dcState });
  return writes.map((write) => PresenceSyncActions.writeAnswered({ write, outcome: 'lost', at }));
}
