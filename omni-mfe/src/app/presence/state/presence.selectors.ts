import { createSelector } from '@ngrx/store';
import type { PresenceStatus } from '@shared/protocol/console-data.schema';
import { OMNI_OFFLINE } from '@shared/mapping/omni-mapping';
import { cannotReach } from '../../console-link/link-problem';
import { consoleLinkFeature } from '../../console-link/state/console-link.feature';
import { dcSessionFeature } from '../../dc-session/state/dc-session.feature';
import { presenceFeature } from './presence.feature';

/**
 * The agent's Omni-Channel presence, derived from the one record of it (`sync.omni`): logged in
 * or not (null until the console has told), and the status with the org's name and channels.
 */
export const selectOmniPresence = createSelector(
  presenceFeature.selectSync,
  presenceFeature.selectStatuses,
  (sync, statuses): { loggedIn: boolean | null; status: PresenceStatus | null } => {
    const omni = sync.omni;
    if (omni === null || omni === OMNI_OFFLINE) return { loggedIn: omni === null ? null : false, status: null };
    const known = statuses.find((s) => s.statusApiName === omni);
    return { loggedIn: true, status: known ?? { statusId: '', statusName: omni, statusApiName: omni, channels: [] } };
  },
);

/** The sync health QA and agents see in status "Omni-Channel sync". */
export type SyncHealth = 'in sync' | 'syncing' | 'unmapped' | 'off' | 'error' | 'console mode required';

/**
 * "In sync" only over state read back from the console on this session: while the console is
 * being read, or cannot be, what the store holds may be stale.
 */
export const selectSyncHealth = createSelector(
  presenceFeature.selectPresenceState,
  consoleLinkFeature.selectConsoleLinkState,
  dcSessionFeature.selectLoggedIn,
  (presence, link, dcLoggedIn): { health: SyncHealth; detail: string } => {
    const { sync } = presence;
    if (!presence.mapping || presence.mappingProblems.length)
      return {
        health: 'off',
        detail: presence.mappingProblems[0] ?? $localize`:sync detail:No Omni-Channel Mappings.`,
      };
    if (link.status === 'console-mode-required')
      return {
        health: 'console mode required',
        detail: $localize`:sync detail:Omni-Channel works in console mode only.`,
      };
    // A handshake that keeps failing for a known reason is an error already, not "syncing".
    if (link.status === 'failed' || cannotReach(link.problem))
      return { health: 'error', detail: $localize`:sync detail:The Salesforce console cannot be reached.` };
    if (link.status === 'read-failed')
      return {
        health: 'error',
        detail: $localize`:sync detail:The Salesforce console's state could not be read; retrying.`,
      };
    if (!dcLoggedIn)
      return { health: 'off', detail: $localize`:sync detail:Log in to Desktop Connect to keep Omni-Channel in step.` };
    if (sync.error) return { health: 'error', detail: sync.error };
    const moving =
      sync.pending.dc !== null ||
      sync.pending.omni !== null ||
      sync.target.dc !== sync.dc ||
      sync.target.omni !== sync.omni;
    if (moving || link.status !== 'connected')
      return { health: 'syncing', detail: $localize`:sync detail:Bringing Desktop Connect and Omni-Channel in step…` };
    if (sync.unmapped)
      return {
        health: 'unmapped',
        detail: $localize`:sync detail; the cause names the unmapped state:${sync.unmapped}:cause:: nothing changed on the other side.`,
      };
    return { health: 'in sync', detail: `${sync.dc} ↔ ${sync.omni}` };
  },
);
