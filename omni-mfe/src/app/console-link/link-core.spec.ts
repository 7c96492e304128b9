import { DropLog } from '@shared/bridge/drop-log';
import { envelope, type RequestMessage } from '@shared/bridge/envelope';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import { BridgeError } from './bridge-error';
import { DEFAULT_LINK_SETTINGS, type ConnectionState } from './console-transport';
import type { LinkCarrier } from './link-carrier';
import { createLinkCore, type LinkCore } from './link-core';
import { FakeTimers } from './testing/fake-timers';

/** No jitter, so that each backoff is exact. */
const S = { ...DEFAULT_LINK_SETTINGS, jitter: 0 };
const MODE_REQUIRED = 'Omni-Channel works in console mode only: open Desktop Connect in the test console.';

describe('LinkCore (what both console transports share)', () => {
  let timers: FakeTimers;
  let dropLog: DropLog;
  let core: LinkCore;
  /** What the core's streams and the carrier's hooks saw, and what a test makes the carrier say. */
  let seen = observations();

  function observations() {
    return {
      states: [] as ConnectionState[],
      sessions: 0,
      events: [] as BridgeEvent[],
      sent: [] as RequestMessage[],
      pings: [] as string[],
      log: [] as string[],
      inSession: false,
      degraded: undefined as string | undefined,
    };
  }

  beforeEach(() => {
    timers = new FakeTimers();
    dropLog = new DropLog('test', () => undefined);
    seen = observations();
    const carrier: LinkCarrier = {
      doc: document,
      settings: S,
      timers,
      dropLog,
      consoleModeRequired: MODE_REQUIRED,
      port: () => (seen.inSession ? { postMessage: (m: RequestMessage) => seen.sent.push(m) } : null),
      ping: (id) => seen.pings.push(id),
      lost: () => seen.log.push('lost'),
      endSession: () => {
        seen.inSession = false;
        seen.log.push('endSession');
      },
      connect: () => seen.log.push('connect'),
      reconnect: () => seen.log.push('reconnect'),
      release: () => seen.log.push('release'),
      degraded: () => seen.degraded,
    };
    core = createLinkCore(carrier);
    core.transport.state$.subscribe((s) => seen.states.push(s));
    core.transport.sessions$.subscribe(() => seen.sessions++);
    core.transport.events$.subscribe((e) => seen.events.push(e));
  });

  afterEach(() => core.transport.stop());

  function open(consoleMode = true): void {
    seen.inSession = true;
    core.opened(envelope.hello('simulator', consoleMode));
  }

  it('starts connecting, and a hello in console mode connects, begins a session and the heartbeat', () => {
    core.transport.start();
    expect(seen.log).toEqual(['connect']);
    expect(core.transport.state).toEqual({ status: 'connecting', adapter: null, attempts: 0 });
    open();
    expect(core.transport.state).toEqual({ status: 'connected', adapter: 'simulator', attempts: 0 });
    expect(seen.sessions).toBe(1);
    expect(seen.pings.length).toBe(1);
    timers.advance(S.heartbeatMs);
    expect(seen.pings.length).toBe(2);
  });

  it('a hello outside console mode begins no session, and requests say what to do', async () => {
    open(false);
    expect(core.transport.state.status).toBe('console-mode-required');
    expect(seen.sessions).toBe(0);
    expect(seen.pings).toEqual([]);
    await expectAsync(core.transport.request('getWorkload', {})).toBeRejectedWith(
      new BridgeError('console-mode-required', MODE_REQUIRED),
    );
  });

  it('sends requests on the session and settles them with their response; seen.events and pongs go where they belong', async () => {
    await expectAsync(core.transport.request('getWorkload', {})).toBeRejectedWithError(BridgeError, /not connected/);
    open();
    const workload = core.transport.request('getWorkload', {});
    const [request] = seen.sent;
    expect(request.type).toBe('getWorkload');
    expect(core.isPending(request.id)).toBeTrue();
    const result = { configuredCapacity: 5, currentWorkload: 1 };
    expect(core.receive(envelope.response(request.id, 'getWorkload', { ok: true, result }))).toBeTrue();
    expect(await workload).toEqual(result);
    expect(core.isPending(request.id)).toBeFalse();
    expect(core.receive(envelope.event({ type: 'loggedOut', payload: {} }))).toBeTrue();
    expect(seen.events).toEqual([{ type: 'loggedOut', payload: {} }]);
    expect(core.receive(envelope.heartbeat('pong', seen.pings[0]))).toBeTrue();
    expect(core.receive(envelope.hello('simulator', true))).toBeFalse();
    expect(dropLog.dropped).toBe(0);
    core.receive(envelope.response(request.id, 'getWorkload', { ok: true, result }));
    core.receive(envelope.heartbeat('pong', 'hb-old'));
    expect(dropLog.counts().unexpected).toBe(2);
  });

  it('retries with a growing backoff, shows why, and says failed after too many attempts', () => {
    core.retry((attempts) => `attempt ${attempts} failed`);
    expect(core.transport.state).toEqual({
      status: 'reconnecting',
      adapter: null,
      attempts: 1,
      problem: 'attempt 1 failed',
    });
    timers.advance(S.backoffInitialMs - 1);
    expect(seen.log).toEqual([]);
    timers.advance(1);
    expect(seen.log).toEqual(['reconnect']);
    for (let i = 1; i < S.attemptsBeforeFailed; i++) core.retry(() => undefined);
    expect(core.transport.state).toEqual({ status: 'reconnecting', adapter: null, attempts: S.attemptsBeforeFailed });
    core.retry(() => undefined);
    expect(core.transport.state.status).toBe('failed');
    timers.advance(S.backoffMaxMs);
    expect(seen.log).toEqual(['reconnect', 'reconnect']);
  });

  it('fails an attempt that has not succeeded within the handshake timeout, unless a hello came', () => {
    let failed = 0;
    core.armRetry(() => failed++);
    timers.advance(S.handshakeTimeoutMs);
    expect(failed).toBe(1);
    core.armRetry(() => failed++);
    open();
    timers.advance(S.handshakeTimeoutMs);
    expect(failed).toBe(1);
  });

  it('tells the carrier when the session stops answering the heartbeat', () => {
    open();
    timers.advance(S.heartbeatMs * S.allowedMisses);
    expect(seen.log).toEqual(['lost']);
  });

  it('ends a session: its heartbeat stops and its requests fail with the reason given', async () => {
    open();
    const pending = core.transport.request('getPresence', {});
    core.closeSession('The test bridge restarted.');
    await expectAsync(pending).toBeRejectedWith(new BridgeError('disconnected', 'The test bridge restarted.'));
    expect(seen.log).toEqual(['endSession']);
    timers.advance(S.heartbeatMs * S.allowedMisses);
    expect(seen.pings.length).toBe(1);
  });

  it("shows the carrier's standing problem when no attempt has failed, and emits only changes", () => {
    open();
    seen.degraded = 'publishes are refused';
    core.showStatus();
    core.showStatus();
    expect(core.transport.state.problem).toBe('publishes are refused');
    core.retry(() => 'no answer');
    expect(core.transport.state.problem).toBe('no answer');
    open();
    expect(core.transport.state).toEqual({
      status: 'connected',
      adapter: 'simulator',
      attempts: 0,
      problem: 'publishes are refused',
    });
    seen.degraded = undefined;
    core.showStatus();
    expect(seen.states.map((s) => s.problem)).toEqual([
      undefined,
      undefined,
      'publishes are refused',
      'no answer',
      'publishes are refused',
      undefined,
    ]);
  });

  it('stops once: pending requests fail, timers are cleared, streams complete and nothing is shown after', async () => {
    core.transport.start();
    open();
    const pending = core.transport.request('getPresence', {});
    core.armRetry(() => seen.log.push('armed retry ran'));
    let completed = false;
    core.transport.state$.subscribe({ complete: () => (completed = true) });
    core.transport.stop();
    core.transport.stop();
    await expectAsync(pending).toBeRejectedWith(new BridgeError('disconnected', 'omni-mfe was unmounted.'));
    expect(seen.log).toEqual(['connect', 'endSession', 'release']);
    expect(completed).toBeTrue();
    expect(core.stopped).toBeTrue();
    expect(timers.pending).toBe(0);
    core.retry(() => 'too late');
    expect(seen.states.length).toBe(2);
  });
});
