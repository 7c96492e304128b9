import { createFeature, createReducer, on } from '@ngrx/store';
import type { PresenceStatus, Workload } from '@shared/bridge/console-data.schema';
import { ConsoleBridgeActions } from '../../connection/state/connection.actions';

/** The agent's Omni-Channel presence as the console last told us. */
export interface PresenceState {
  /** null until the console has been read once. */
  readonly omniLoggedIn: boolean | null;
  readonly omniStatus: PresenceStatus | null;
  /** The statuses the agent may choose, as the console reports them. */
  readonly statuses: readonly PresenceStatus[];
  readonly workload: Workload | null;
}

const initialState: PresenceState = { omniLoggedIn: null, omniStatus: null, statuses: [], workload: null };

export const presenceFeature = createFeature({
  name: 'presence',
  reducer: createReducer(
    initialState,
    // A resync replaces everything: the console is the truth after a reconnect.
    on(ConsoleBridgeActions.resynced, (_state, { snapshot }) => ({
      omniLoggedIn: snapshot.loggedIn,
      omniStatus: snapshot.loggedIn ? snapshot.status : null,
      statuses: snapshot.statuses,
      workload: snapshot.workload,
    })),
    on(ConsoleBridgeActions.presenceChanged, (state, { presence }) => ({
      ...state,
      omniLoggedIn: true,
      omniStatus: { statusId: presence.statusId, statusName: presence.statusName, statusApiName: presence.statusApiName, channels: presence.channels },
    })),
    on(ConsoleBridgeActions.loggedIn, (state, { status }) => ({ ...state, omniLoggedIn: true, omniStatus: status ?? state.omniStatus })),
    on(ConsoleBridgeActions.loggedOut, (state) => ({ ...state, omniLoggedIn: false, omniStatus: null })),
    on(ConsoleBridgeActions.workloadChanged, (state, { workload }) => ({
      ...state,
      workload: { configuredCapacity: workload.configuredCapacity, currentWorkload: workload.newWorkload },
    })),
  ),
});
