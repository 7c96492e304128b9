import type { DcSession } from '@shared/dc-state/dc-session';
import { DEFAULT_NOT_READY_REASONS } from '@shared/dc-state/dc-state';
import { DcSessionStore } from './dc-session-store';

describe('DcSessionStore', () => {
  let store: DcSessionStore;
  let seen: DcSession[];

  beforeEach(() => {
    store = new DcSessionStore(DEFAULT_NOT_READY_REASONS);
    seen = [];
    store.session$.subscribe((s) => seen.push(s));
  });

  it('starts logged out and logs an agent in as Not Ready', () => {
    store.login(' 1001 ');
    expect(seen).toEqual([
      { loggedIn: false, agent: null, state: { kind: 'logged-out' } },
      { loggedIn: true, agent: { id: '1001', name: 'Agent 1001' }, state: { kind: 'not-ready' } },
    ]);
  });

  it('refuses an agent ID that is empty or has other characters', () => {
    expect(() => store.login('   ')).toThrowError(/Enter an agent ID/);
    expect(() => store.login('<b>1</b>')).toThrowError(/Enter an agent ID/);
    expect(store.current.loggedIn).toBeFalse();
  });

  it('applies a state with a reason and emits once per real change', async () => {
    store.login('1001');
    await store.setDcState('not-ready', 'lunch');
    await store.setDcState('not-ready', 'lunch');
    await store.setDcState('ready');
    expect(seen.slice(2).map((s) => s.state)).toEqual([{ kind: 'not-ready', reason: 'lunch' }, { kind: 'ready' }]);
  });

  it('rejects changes it cannot apply and changes nothing', async () => {
    await expectAsync(store.setDcState('ready')).toBeRejectedWithError(/not logged in/);
    store.login('1001');
    await expectAsync(store.setDcState('ready', 'lunch')).toBeRejectedWithError(/Only Not Ready takes a reason/);
    await expectAsync(store.setDcState('not-ready', 'nap')).toBeRejectedWithError(/"nap" is not a Not Ready reason/);
    await expectAsync(store.setDcState('dancing' as never)).toBeRejectedWithError(/is not a DC state/);
    expect(store.current.state).toEqual({ kind: 'not-ready' });
  });

  it('logs the agent out when asked for the Logged out state', async () => {
    store.login('1001');
    await store.setDcState('logged-out');
    expect(store.current).toEqual({ loggedIn: false, agent: null, state: { kind: 'logged-out' } });
  });
});
