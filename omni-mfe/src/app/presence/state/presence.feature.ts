import { createFeature, createReducer, on } from '@ngrx/store';
import type { PresenceStatus, Workload } from '@shared/bridge/console-data.schema';
import { dcStateKey } from '@shared/dc-state/dc-state';
import { checkMappingAgainstStatuses, OMNI_OFFLINE, type MappingCheck, type OmniMapping } from '@shared/mapping/omni-mapping';
import { ConsoleBridgeActions } from '../../connection/state/connection.actions';
import { DcShellActions } from '../../dc-session/state/dc-session.actions';
import { observeDc, observeOmni, observeWorkload, writeFailed, writesStarted, writeSucceeded } from '../sync/sync-core';
import { DC_LOGGED_OUT, INITIAL_SYNC, type SyncState } from '../sync/sync-state';
import { PresenceSyncActions } from './sync.actions';

/** The agent's Omni-Channel presence as the console last told us, and its sync with DC. */
export interface PresenceState {
  /** null until the console has been read once. */
  readonly omniLoggedIn: boolean | null;
  readonly omniStatus: PresenceStatus | null;
  /** The statuses the agent may choose, as the console reports them. */
  readonly statuses: readonly PresenceStatus[];
  readonly workload: Workload | null;
  /** The Omni-Channel Mappings once checked; null when refused (sync stays off). */
  readonly mapping: OmniMapping | null;
  readonly mappingProblems: readonly string[];
  readonly sync: SyncState;
}

/** The slice's first state, with the Omni-Channel Mappings the shell passed already checked. */
export function initialPresenceState(check: MappingCheck): PresenceState {
  return {
    omniLoggedIn: null,
    omniStatus: null,
    statuses: [],
    workload: null,
    mapping: check.ok ? check.mapping : null,
    mappingProblems: check.ok ? [] : check.problems,
    sync: INITIAL_SYNC,
  };
}

/** Runs a sync step only with a usable mapping: without one the sync is off and stays untouched. */
function sync(state: PresenceState, step: (m: OmniMapping, s: SyncState) => SyncState): PresenceState {
  return state.mapping ? { ...state, sync: step(state.mapping, state.sync) } : state;
}

export const presenceFeature = createFeature({
  name: 'presence',
  reducer: createReducer(
    initialPresenceState({ ok: false, problems: ['No Omni-Channel Mappings are configured: Omni-Channel presence sync is off.'] }),
    on(DcShellActions.sessionChanged, (state, { session, at }) => sync(state, (m, s) => observeDc(m, s, session.loggedIn ? dcStateKey(session.state) : DC_LOGGED_OUT, at))),
    // A resync replaces everything: the console is the truth after a reconnect.
    on(ConsoleBridgeActions.resynced, (state, { snapshot, at }) => {
      const next: PresenceState = {
        ...state,
        omniLoggedIn: snapshot.loggedIn,
        omniStatus: snapshot.loggedIn ? snapshot.status : null,
        statuses: snapshot.statuses,
        workload: snapshot.workload,
      };
      // The mapping must name statuses this org has; otherwise sync goes off, saying which entry.
      const problems = state.mapping ? checkMappingAgainstStatuses(state.mapping, snapshot.statuses.map((s) => s.statusApiName)) : state.mappingProblems;
      const omni = snapshot.loggedIn && snapshot.status ? snapshot.status.statusApiName : OMNI_OFFLINE;
      return sync({ ...next, mappingProblems: problems }, (m, s) => observeOmni(m, s, omni, { via: 'resync' }, at));
    }),
    on(ConsoleBridgeActions.presenceChanged, (state, { presence, at }) =>
      sync(
        {
          ...state,
          omniLoggedIn: true,
          omniStatus: { statusId: presence.statusId, statusName: presence.statusName, statusApiName: presence.statusApiName, channels: presence.channels },
        },
        (m, s) => observeOmni(m, s, presence.statusApiName, { via: 'event', reason: presence.reason }, at),
      ),
    ),
    on(ConsoleBridgeActions.loggedIn, (state, { status }) => ({ ...state, omniLoggedIn: true, omniStatus: status ?? state.omniStatus })),
    on(ConsoleBridgeActions.loggedOut, (state, { reason, at }) =>
      sync({ ...state, omniLoggedIn: false, omniStatus: null }, (m, s) => observeOmni(m, s, OMNI_OFFLINE, { via: 'event', reason }, at)),
    ),
    on(ConsoleBridgeActions.workloadChanged, (state, { workload, at }) =>
      sync({ ...state, workload: { configuredCapacity: workload.configuredCapacity, currentWorkload: workload.newWorkload } }, (m, s) =>
        observeWorkload(m, s, workload.configuredCapacity > 0 ? workload.newWorkload / workload.configuredCapacity : 0, at),
      ),
    ),
    on(PresenceSyncActions.writesRequested, (state, { writes }) => ({ ...state, sync: writesStarted(state.sync, writes) })),
    on(PresenceSyncActions.writeSucceeded, (state, { write, at }) => ({ ...state, sync: writeSucceeded(state.sync, write, at) })),
    on(PresenceSyncActions.writeFailed, (state, { write, message, retry, at }) => ({ ...state, sync: writeFailed(state.sync, write, message, retry, at) })),
  ),
});
