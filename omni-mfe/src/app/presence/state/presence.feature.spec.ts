import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import { OmniPresenceEvents } from './presence.actions';
import { presenceFeature, type PresenceState } from './presence.feature';
import { selectOmniPresence } from './presence.selectors';

describe('presence reducer', () => {
  const reducer = presenceFeature.reducer;
  const initial = reducer(undefined, { type: '@@init' });
  const omniOf = (state: PresenceState) => selectOmniPresence.projector(state.sync, state.statuses);
  const available = {
    statusId: '0N5000000000001',
    statusName: 'Available',
    statusApiName: 'Available',
    channels: [{ channelId: '0N9000000000001', developerName: 'Cases' }],
  };

  it('knows nothing until the console has been read', () => {
    expect(omniOf(initial)).toEqual({ loggedIn: null, status: null });
  });

  it("takes the console's truth whole on a read", () => {
    const state = reducer(
      initial,
      ConsoleLinkActions.consoleRead({
        snapshot: {
          loggedIn: true,
          status: available,
          statuses: [available],
          works: [],
          workload: { configuredCapacity: 10, currentWorkload: 2 },
        },
        at: 1,
      }),
    );
    expect(omniOf(state)).toEqual({ loggedIn: true, status: available });
    expect(state).toEqual(
      jasmine.objectContaining({ statuses: [available], workload: { configuredCapacity: 10, currentWorkload: 2 } }),
    );
    const loggedOut = reducer(
      state,
      ConsoleLinkActions.consoleRead({
        snapshot: {
          loggedIn: false,
          status: available,
          statuses: [],
          works: [],
          workload: { configuredCapacity: 10, currentWorkload: 0 },
        },
        at: 2,
      }),
    );
    expect(omniOf(loggedOut)).toEqual({ loggedIn: false, status: null });
  });

  it('follows status changes, logout and workload', () => {
    let state = reducer(
      { ...initial, statuses: [available] },
      OmniPresenceEvents.presenceChanged({ presence: { ...available, reason: 'OmniManualStatusChange' }, at: 3 }),
    );
    expect(omniOf(state)).toEqual({ loggedIn: true, status: available });
    state = reducer(
      state,
      OmniPresenceEvents.workloadChanged({
        workload: { configuredCapacity: 10, previousWorkload: 0, newWorkload: 4 },
        at: 4,
      }),
    );
    expect(state.workload).toEqual({ configuredCapacity: 10, currentWorkload: 4 });
    state = reducer(state, OmniPresenceEvents.loggedOut({ at: 5 }));
    expect(omniOf(state)).toEqual({ loggedIn: false, status: null });
  });

  it('shows a status as the latest change told it (a name changed in the org since the read)', () => {
    const renamed = { ...available, statusName: 'Ready for cases', channels: [] };
    const state = reducer(
      { ...initial, statuses: [available] },
      OmniPresenceEvents.presenceChanged({ presence: renamed, at: 1 }),
    );
    expect(omniOf(state)).toEqual({ loggedIn: true, status: renamed });
    expect(state.statuses).toEqual([renamed]);
  });

  it("keeps Lightning's logout reason until the agent is back online; other reasons are not kept", () => {
    let state = reducer(initial, OmniPresenceEvents.loggedOut({ reason: 'OmniSupervisorLogout', at: 1 }));
    expect(state.logoutReason).toBe('OmniSupervisorLogout');
    expect(reducer(state, OmniPresenceEvents.loggedOut({ reason: 'Unknown', at: 2 })).logoutReason).toBeNull();
    state = reducer(state, OmniPresenceEvents.presenceChanged({ presence: available, at: 3 }));
    expect(state.logoutReason).toBeNull();
  });
});
