import { createFeature, createReducer, on } from '@ngrx/store';
import type { PresenceStatus, Workload } from '@shared/protocol/console-data.schema';
import { LOGOUT_REASONS, type LogoutReason } from '@shared/protocol/events.schema';
import { dcStateKey } from '@shared/dc-state/dc-state';
import {
  checkMappingAgainstStatuses,
  checkOmniMapping,
  OMNI_OFFLINE,
  type MappingCheck,
  type OmniMapping,
} from '@shared/mapping/omni-mapping';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import { DcShellActions } from '../../dc-session/state/dc-session.actions';
import { record, step, type SyncInput } from '../sync/sync-core';
import { DC_LOGGED_OUT, INITIAL_SYNC, type SyncState } from '../sync/sync-state';
import { OmniPresenceEvents } from './presence.actions';
import { PresenceSyncActions } from './sync.actions';

const asLogoutReason = (reason: string | undefined): LogoutReason | null =>
  (LOGOUT_REASONS as readonly (string | undefined)[]).includes(reason) ? (reason as LogoutReason) : null;

/**
 * The agent's Omni-Channel presence and its sync with DC. The presence as the console last told
 * it is kept once, in `sync.omni` (its API name, `Offline`, or null until first told); the
 * selectors derive the status and whether the agent is logged in from it.
 */
export interface PresenceState {
  /** The statuses the agent may choose, as the console reports them. */
  readonly statuses: readonly PresenceStatus[];
  readonly workload: Workload | null;
  /** The Omni-Channel Mappings once checked; null when refused (sync stays off). */
  readonly mapping: OmniMapping | null;
  readonly mappingProblems: readonly string[];
  readonly sync: SyncState;
  /** Why Omni-Channel logged the agent out (Lightning's logout reasons), until they are back online. */
  readonly logoutReason: LogoutReason | null;
}

/** The slice's first state, with the Omni-Channel Mappings the shell passed already checked. */
export function initialPresenceState(check: MappingCheck): PresenceState {
  return {
    statuses: [],
    workload: null,
    mapping: check.ok ? check.mapping : null,
    mappingProblems: check.ok ? [] : check.problems,
    sync: INITIAL_SYNC,
    logoutReason: null,
  };
}

/** The sync's key for the presence a read found: the status's API name, or `Offline`. */
const omniKeyOf = (read: { loggedIn: boolean; status: PresenceStatus | null }): string =>
  read.loggedIn && read.status ? read.status.statusApiName : OMNI_OFFLINE;

/**
 * The org's statuses with one as a status change just told it: its name and channels are the
 * console's latest word (the presence shown is `sync.omni` looked up here).
 */
function told(statuses: readonly PresenceStatus[], p: PresenceStatus): readonly PresenceStatus[] {
  const status = {
    statusId: p.statusId,
    statusName: p.statusName,
    statusApiName: p.statusApiName,
    channels: p.channels,
  };
  const i = statuses.findIndex((s) => s.statusApiName === p.statusApiName);
  return i < 0 ? [...statuses, status] : statuses.map((s, j) => (j === i ? status : s));
}

/** Feeds the sync core one input; without a usable mapping the sync is off and only records what it saw. */
function sync(state: PresenceState, input: SyncInput, at: number): PresenceState {
  const { mapping, statuses, mappingProblems } = state;
  const ctx = mapping ? { mapping, statuses, fits: mappingProblems.length === 0 } : null;
  return { ...state, sync: ctx ? step(ctx, state.sync, input, at) : record(state.sync, input) };
}

export const presenceFeature = createFeature({
  name: 'presence',
  reducer: createReducer(
    // Without the mount's mappings (PRESENCE_STORE_CONFIG), as the mapping check words it.
    initialPresenceState(checkOmniMapping(undefined)),
    on(DcShellActions.sessionChanged, (state, { session, at }) =>
      sync(state, { kind: 'dc', value: session.loggedIn ? dcStateKey(session.state) : DC_LOGGED_OUT }, at),
    ),
    // A read replaces everything: the console is the truth after a reconnect.
    on(ConsoleLinkActions.consoleRead, (state, { snapshot, at }) => {
      // The mapping must name statuses this org has; otherwise sync goes off, saying which entry.
      const problems = state.mapping
        ? checkMappingAgainstStatuses(
            state.mapping,
            snapshot.statuses.map((s) => s.statusApiName),
          )
        : state.mappingProblems;
      const next: PresenceState = {
        ...state,
        statuses: snapshot.statuses,
        workload: snapshot.workload,
        mappingProblems: problems,
        logoutReason: snapshot.loggedIn ? null : state.logoutReason,
      };
      return sync(next, { kind: 'read', value: omniKeyOf(snapshot) }, at);
    }),
    // Until the new session's console has been read, nothing is written.
    on(ConsoleLinkActions.sessionStarted, ConsoleLinkActions.connectionErrorReported, (state, { at }) =>
      sync(state, { kind: 'unlinked' }, at),
    ),
    // (Unlinking logs nothing, so it needs no time.)
    on(ConsoleLinkActions.statusChanged, (state, { state: link }) =>
      link.status === 'connected' ? state : sync(state, { kind: 'unlinked' }, 0),
    ),
    on(OmniPresenceEvents.presenceChanged, (state, { presence, at }) =>
      sync(
        { ...state, statuses: told(state.statuses, presence), logoutReason: null },
        { kind: 'omni', value: presence.statusApiName, reason: presence.reason, duringOwnCall: presence.duringOwnCall },
        at,
      ),
    ),
    // The status follows in its own event (Classic LOGIN_SUCCESS, Lightning LoginSuccess, then StatusChanged).
    on(OmniPresenceEvents.loggedIn, (state) => ({ ...state, logoutReason: null })),
    on(OmniPresenceEvents.loggedOut, (state, { reason, duringOwnCall, at }) =>
      sync(
        { ...state, logoutReason: asLogoutReason(reason) },
        { kind: 'omni', value: OMNI_OFFLINE, reason, duringOwnCall },
        at,
      ),
    ),
    on(OmniPresenceEvents.workloadChanged, (state, { workload, at }) =>
      sync(
        {
          ...state,
          workload: { configuredCapacity: workload.configuredCapacity, currentWorkload: workload.newWorkload },
        },
        {
          kind: 'workload',
          ratio: workload.configuredCapacity > 0 ? workload.newWorkload / workload.configuredCapacity : 0,
        },
        at,
      ),
    ),
    on(PresenceSyncActions.writeAnswered, (state, { write, outcome, message, at }) =>
      sync(state, { kind: 'answer', write, outcome, message }, at),
    ),
    on(PresenceSyncActions.presenceChecked, (state, { presence, at }) =>
      sync(state, { kind: 'checked', value: presence && omniKeyOf(presence) }, at),
    ),
  ),
});
