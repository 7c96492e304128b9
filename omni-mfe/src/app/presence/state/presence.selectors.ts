import { createSelector } from '@ngrx/store';
import { connectionFeature } from '../../connection/state/connection.feature';
import { dcSessionFeature } from '../../dc-session/state/dc-session.feature';
import { nextWrites } from '../sync/sync-core';
import { presenceFeature } from './presence.feature';

/** The sync health QA and agents see in status "Omni-Channel sync". */
export type SyncHealth = 'in sync' | 'syncing' | 'unmapped' | 'off' | 'error' | 'console mode required';

/** Sync runs with a valid mapping that fits the org, over a connected console in console mode. */
export const selectSyncActive = createSelector(
  presenceFeature.selectPresenceState,
  connectionFeature.selectStatus,
  (presence, connection) => presence.mapping !== null && presence.mappingProblems.length === 0 && connection === 'connected',
);

/** What the writer should do next; empty while sync is not active. */
export const selectSyncWrites = createSelector(selectSyncActive, presenceFeature.selectSync, (active, sync) => (active ? nextWrites(sync) : []));

export const selectSyncHealth = createSelector(
  presenceFeature.selectPresenceState,
  connectionFeature.selectStatus,
  dcSessionFeature.selectLoggedIn,
  (presence, connection, dcLoggedIn): { health: SyncHealth; detail: string } => {
    const { sync } = presence;
    if (!presence.mapping || presence.mappingProblems.length) return { health: 'off', detail: presence.mappingProblems[0] ?? 'No Omni-Channel Mappings.' };
    if (connection === 'console-mode-required') return { health: 'console mode required', detail: 'Omni-Channel works in console mode only.' };
    if (connection === 'failed') return { health: 'error', detail: 'The Salesforce console cannot be reached.' };
    if (!dcLoggedIn) return { health: 'off', detail: 'Log in to Desktop Connect to keep Omni-Channel in step.' };
    if (sync.error) return { health: 'error', detail: sync.error };
    const moving = sync.pending.dc !== null || sync.pending.omni !== null || sync.target.dc !== sync.dc || sync.target.omni !== sync.omni || connection !== 'connected';
    if (moving) return { health: 'syncing', detail: 'Bringing Desktop Connect and Omni-Channel in step…' };
    if (sync.unmapped) return { health: 'unmapped', detail: `${sync.unmapped}: nothing changed on the other side.` };
    return { health: 'in sync', detail: `${sync.dc} ↔ ${sync.omni}` };
  },
);
