import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { of } from 'rxjs';
import type { DcSession } from '@shared/dc-state/dc-session';
import { DEMO_MAPPING_CONFIG } from '../../../testing/demo-mapping';
import { ConsoleLink } from '../../console-link/console-link';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import { consoleLinkFeature } from '../../console-link/state/console-link.feature';
import { DcShellActions } from '../../dc-session/state/dc-session.actions';
import { dcSessionFeature } from '../../dc-session/state/dc-session.feature';
import { DEFAULT_NOT_READY_REASONS } from '@shared/dc-state/dc-state';
import { OMNI_PROPS } from '../../props/omni-props.token';
import { OmniPresenceEvents } from './presence.actions';
import { PRESENCE_STORE_CONFIG } from './presence.config';
import { presenceFeature } from './presence.feature';
import { selectSyncHealth } from './presence.selectors';
import * as syncEffects from './sync.effects';

/** The sync through the real store, reducers and effects, with the console and shell faked. */
describe('presence sync in the store', () => {
  const statuses = ['Available', 'Busy', 'On_Break', 'On_Call', 'Available_Cases'].map((api, i) => ({
    statusId: `0N500000000000${i + 1}`,
    statusName: api,
    statusApiName: api,
    channels: [],
  }));
  const byApi = (api: string) => statuses.find((s) => s.statusApiName === api)!;
  let store: Store;
  let requests: [string, unknown][];
  let dcWrites: string[];
  /** What Omni-Channel shows when it is read (getPresence). */
  let omniNow: { loggedIn: boolean; status: unknown };
  const session = (state: string | null): DcSession =>
    state
      ? {
          loggedIn: true,
          agent: { id: '1', name: 'Agent 1' },
          state: state.includes(':') ? { kind: 'not-ready', reason: state.split(':')[1] } : { kind: state as 'ready' },
        }
      : { loggedIn: false, agent: null, state: { kind: 'logged-out' } };

  beforeEach(() => {
    requests = [];
    dcWrites = [];
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideState(dcSessionFeature),
        provideState(consoleLinkFeature),
        provideState(presenceFeature.name, presenceFeature.reducer, PRESENCE_STORE_CONFIG),
        provideEffects(syncEffects),
        {
          provide: ConsoleLink,
          useValue: {
            request: (t: string, p: unknown) => (requests.push([t, p]), of(t === 'getPresence' ? omniNow : {})),
          },
        },
        {
          provide: OMNI_PROPS,
          useValue: {
            omniMapping: DEMO_MAPPING_CONFIG,
            notReadyReasons: DEFAULT_NOT_READY_REASONS,
            // The shell applies the state and its session echoes it back, as the real one does.
            setDcState: (kind: string, reason?: string) => {
              const key = reason ? `${kind}:${reason}` : kind;
              dcWrites.push(key);
              store.dispatch(DcShellActions.sessionChanged({ session: session(key), at: 0 }));
              return Promise.resolve();
            },
          },
        },
      ],
    });
    store = TestBed.inject(Store);
  });

  /** A session begins and the console is read, as the console link's effects report it. */
  function connect(omni: string | null): void {
    store.dispatch(ConsoleLinkActions.statusChanged({ state: { status: 'connected', attempts: 0 } }));
    store.dispatch(ConsoleLinkActions.sessionStarted({ at: 0 }));
    store.dispatch(
      ConsoleLinkActions.consoleRead({
        snapshot: {
          loggedIn: !!omni,
          status: omni ? byApi(omni) : null,
          statuses,
          works: [],
          workload: { configuredCapacity: 10, currentWorkload: 0 },
        },
        at: 0,
      }),
    );
  }
  const health = () => {
    let h = '';
    store
      .select(selectSyncHealth)
      .subscribe((x) => (h = x.health))
      .unsubscribe();
    return h;
  };

  it('sets Omni for a DC change and does not send the echo back', async () => {
    store.dispatch(DcShellActions.sessionChanged({ session: session('ready'), at: 0 }));
    connect('Available');
    store.dispatch(DcShellActions.sessionChanged({ session: session('wrap-up'), at: 1 }));
    await Promise.resolve();
    expect(requests).toEqual([['setPresence', { statusId: byApi('Busy').statusId }]]);
    store.dispatch(
      OmniPresenceEvents.presenceChanged({ presence: { ...byApi('Busy'), reason: 'OmniToolkitStatusChange' }, at: 2 }),
    );
    expect(dcWrites).toEqual([]);
    expect(health()).toBe('in sync');
  });

  it("takes a late echo of ours for neither the agent's change nor the truth: it reads the console", async () => {
    store.dispatch(DcShellActions.sessionChanged({ session: session('ready'), at: 0 }));
    connect('Available');
    store.dispatch(DcShellActions.sessionChanged({ session: session('not-ready'), at: 1 }));
    await Promise.resolve();
    // Busy is answered; the agent picks Available; then Busy's echo comes, late, with no reason.
    store.dispatch(OmniPresenceEvents.presenceChanged({ presence: byApi('Available'), at: 2 }));
    expect(dcWrites).toEqual(['ready']);
    omniNow = { loggedIn: true, status: byApi('Busy') }; // ours landed after the agent's change
    store.dispatch(OmniPresenceEvents.presenceChanged({ presence: byApi('Busy'), at: 3 }));
    await Promise.resolve();
    expect(dcWrites).toEqual(['ready']);
    expect(requests.map(([type, p]) => [type, p])).toEqual([
      ['setPresence', { statusId: byApi('Busy').statusId }],
      ['getPresence', {}],
      ['setPresence', { statusId: byApi('Available').statusId }],
    ]);
  });

  it('writes nothing outside console mode, and says so', () => {
    store.dispatch(DcShellActions.sessionChanged({ session: session('ready'), at: 0 }));
    store.dispatch(
      ConsoleLinkActions.statusChanged({
        state: { status: 'console-mode-required', attempts: 0 },
      }),
    );
    store.dispatch(DcShellActions.sessionChanged({ session: session('not-ready'), at: 1 }));
    expect(requests).toEqual([]);
    expect(health()).toBe('console mode required');
  });

  it('writes nothing to DC while the agent is logged out of DC', () => {
    store.dispatch(DcShellActions.sessionChanged({ session: session(null), at: 0 }));
    connect('Available');
    store.dispatch(OmniPresenceEvents.presenceChanged({ presence: { ...byApi('Busy'), reason: 'Unknown' }, at: 1 }));
    expect(dcWrites).toEqual([]);
    expect(health()).toBe('off');
  });

  it('follows an Omni change into DC through setDcState', () => {
    store.dispatch(DcShellActions.sessionChanged({ session: session('ready'), at: 0 }));
    connect('Available');
    store.dispatch(OmniPresenceEvents.presenceChanged({ presence: { ...byApi('Busy'), reason: 'Unknown' }, at: 1 }));
    expect(dcWrites).toEqual(['not-ready']);
    expect(requests).toEqual([]);
  });

  it('turns sync off, naming the entry, when the mapping names a status the org lacks', () => {
    store.dispatch(DcShellActions.sessionChanged({ session: session('ready'), at: 0 }));
    connect('Available');
    // (This org has every status the demo mapping names, so check the reverse: drop Busy.)
    store.dispatch(
      ConsoleLinkActions.consoleRead({
        snapshot: {
          loggedIn: true,
          status: byApi('Available'),
          statuses: statuses.filter((s) => s.statusApiName !== 'Busy'),
          works: [],
          workload: { configuredCapacity: 10, currentWorkload: 0 },
        },
        at: 1,
      }),
    );
    let detail = '';
    store
      .select(selectSyncHealth)
      .subscribe((x) => (detail = x.detail))
      .unsubscribe();
    expect(health()).toBe('off');
    expect(detail).toContain('dcToOmni["not-ready"]: "Busy" is not an Omni-Channel status of this org');
    store.dispatch(DcShellActions.sessionChanged({ session: session('not-ready'), at: 2 }));
    expect(requests).toEqual([]);
  });
});
