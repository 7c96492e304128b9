import { ConsoleLinkActions } from './console-link.actions';
import { consoleLinkFeature } from './console-link.feature';

describe('console link reducer', () => {
  const reduce = consoleLinkFeature.reducer;
  const refused = { kind: 'refused', dcOrigin: 'https://dc.example.com' } as const;

  it('records why the handshake fails while the transport says so, and forgets it on the next state', () => {
    let state = reduce(
      undefined,
      ConsoleLinkActions.statusChanged({
        state: { status: 'reconnecting', attempts: 2, problem: refused },
      }),
    );
    expect(state.status).toBe('reconnecting');
    expect(state.problem).toEqual(refused);
    state = reduce(state, ConsoleLinkActions.statusChanged({ state: { status: 'connected', attempts: 0 } }));
    expect(state.status).toBe('reading');
    expect(state.problem).toBeNull();
  });
});
