import type { ConnectionState } from './console-transport';
import { DEFAULT_LINK_SETTINGS } from './link-settings';
import { createLinkState, type LinkState } from './link-state';
import { FakeTimers } from './testing/fake-timers';

/** No jitter, so that each backoff is exact. */
const S = { ...DEFAULT_LINK_SETTINGS, jitter: 0 };
const refused = { kind: 'refused', dcOrigin: 'https://dc.example.com' } as const;
const publishRefused = { kind: 'publish-refused', channel: 'c', errors: 'E: refused' } as const;

describe('LinkState (the state both console transports show, and their reconnect timer)', () => {
  let timers: FakeTimers;
  let link: LinkState;
  let states: ConnectionState[];
  let ran: string[];

  beforeEach(() => {
    timers = new FakeTimers();
    link = createLinkState(S, timers);
    states = [];
    ran = [];
    link.state$.subscribe((s) => states.push(s));
  });

  afterEach(() => link.stop());

  it('starts connecting; a session in console mode connects, one outside it says which problem', () => {
    expect(link.value).toEqual({ status: 'connecting', attempts: 0 });
    link.opened();
    expect(link.value).toEqual({ status: 'connected', attempts: 0 });
    link.opened({ kind: 'console-navigation-required' });
    expect(link.value).toEqual({
      status: 'console-mode-required',
      attempts: 0,
      problem: { kind: 'console-navigation-required' },
    });
  });

  it('retries with a growing backoff, shows why, and says failed after too many attempts', () => {
    link.failed(refused, () => ran.push('next'));
    expect(link.value).toEqual({ status: 'reconnecting', attempts: 1, problem: refused });
    timers.advance(S.backoffInitialMs - 1);
    expect(ran).toEqual([]);
    timers.advance(1);
    expect(ran).toEqual(['next']);
    for (let i = 1; i < S.attemptsBeforeFailed; i++) link.failed(undefined, () => ran.push('next'));
    expect(link.value).toEqual({ status: 'reconnecting', attempts: S.attemptsBeforeFailed });
    link.failed(undefined, () => ran.push('next'));
    expect(link.value.status).toBe('failed');
    timers.advance(S.backoffMaxMs);
    expect(ran).toEqual(['next', 'next']);
  });

  it('fails an attempt that has not succeeded within the handshake timeout, unless a session opened', () => {
    link.awaitHello(() => ran.push('expired'));
    timers.advance(S.handshakeTimeoutMs);
    expect(ran).toEqual(['expired']);
    link.awaitHello(() => ran.push('expired'));
    link.opened();
    timers.advance(S.handshakeTimeoutMs);
    expect(ran).toEqual(['expired']);
  });

  it('shows a standing problem when no attempt has failed, and emits only changes', () => {
    link.opened();
    link.degraded(publishRefused);
    link.degraded({ ...publishRefused });
    expect(link.value.problem).toEqual(publishRefused);
    link.failed(refused, () => undefined);
    expect(link.value.problem).toEqual(refused);
    link.opened();
    expect(link.value).toEqual({ status: 'connected', attempts: 0, problem: publishRefused });
    link.degraded(undefined);
    expect(states.map((s) => s.problem?.kind)).toEqual([
      undefined,
      undefined,
      'publish-refused',
      'refused',
      'publish-refused',
      undefined,
    ]);
  });

  it('once stopped, completes, clears its timer and shows or runs nothing more', () => {
    let completed = false;
    link.state$.subscribe({ complete: () => (completed = true) });
    link.awaitHello(() => ran.push('expired'));
    link.stop();
    expect(completed).toBeTrue();
    expect(timers.pending).toBe(0);
    link.failed(refused, () => ran.push('next'));
    timers.advance(S.backoffMaxMs);
    expect(ran).toEqual([]);
    expect(states.length).toBe(1);
  });
});
