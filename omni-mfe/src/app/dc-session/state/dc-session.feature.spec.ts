import { DcShellActions } from './dc-session.actions';
import { dcSessionFeature } from './dc-session.feature';

describe('dcSession reducer', () => {
  const reducer = dcSessionFeature.reducer;
  const initial = reducer(undefined, { type: '@@init' });

  it('starts logged out', () => {
    expect(initial).toEqual({ loggedIn: false, agent: null, state: { kind: 'logged-out' } });
  });

  it('takes the shell session whole, dropping a stale reason', () => {
    const onBreak = reducer(
      initial,
      DcShellActions.sessionChanged({
        session: { loggedIn: true, agent: { id: '7', name: 'Agent 7' }, state: { kind: 'not-ready', reason: 'break' } },
        at: 1,
      }),
    );
    const ready = reducer(
      onBreak,
      DcShellActions.sessionChanged({
        session: { loggedIn: true, agent: { id: '7', name: 'Agent 7' }, state: { kind: 'ready' } },
        at: 2,
      }),
    );
    expect(ready).toEqual({ loggedIn: true, agent: { id: '7', name: 'Agent 7' }, state: { kind: 'ready' } });
    expect('reason' in ready.state).toBeFalse();
  });
});
