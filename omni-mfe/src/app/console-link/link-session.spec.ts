import { DropLog } from '@shared/protocol/drop-log';
import { envelope, type ProtocolMessage } from '@shared/protocol/envelope';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { LinkError } from './link-error';
import { DEFAULT_LINK_SETTINGS as S } from './link-settings';
import { createLinkSession, type LinkSession } from './link-session';
import { createLinkState, type LinkState } from './link-state';
import { FakeTimers } from './testing/fake-timers';

const MODE_WORDS = () => 'Omni-Channel works in console mode only: open Desktop Connect in the test console.';

describe('LinkSession (what goes on inside a session, with either console)', () => {
  let timers: FakeTimers;
  let dropLog: DropLog;
  let link: LinkState;
  let session: LinkSession;
  let silent: number;
  let sessions: number;
  let events: OmniEvent[];
  let sent: ProtocolMessage[];
  let closed: number;
  const port = { postMessage: (m: ProtocolMessage) => sent.push(m), close: () => closed++ };
  const pings = () => sent.filter((m) => m.kind === 'ping');
  const requests = () => sent.filter((m) => m.kind === 'request');

  beforeEach(() => {
    timers = new FakeTimers();
    dropLog = new DropLog('test', () => undefined);
    [silent, sessions, events, sent, closed] = [0, 0, [], [], 0];
    link = createLinkState(S, timers);
    session = createLinkSession(document, { settings: S, timers, dropLog }, link, () => silent++);
    session.sessions$.subscribe(() => sessions++);
    session.events$.subscribe((e) => events.push(e));
  });

  afterEach(() => {
    session.stop();
    link.stop();
  });

  const open = (consoleMode = true) =>
    session.open(envelope.hello('simulator', consoleMode), { kind: 'console-mode-required' }, port);

  it('a session in console mode connects, the store hears of it, and the heartbeat runs until it stops answering', () => {
    open();
    expect(link.value).toEqual({ status: 'connected', attempts: 0 });
    expect(sessions).toBe(1);
    expect(pings().length).toBe(1);
    timers.advance(S.heartbeatMs);
    expect(pings().length).toBe(2);
    timers.advance(S.heartbeatMs * S.allowedMisses);
    expect(silent).toBe(1);
  });

  it('a session outside console mode shows the problem, begins nothing, and requests say what to do', async () => {
    open(false);
    expect(link.value.status).toBe('console-mode-required');
    expect(link.value.problem).toEqual({ kind: 'console-mode-required' });
    expect(sessions).toBe(0);
    expect(pings()).toEqual([]);
    await expectAsync(session.request(MODE_WORDS, 'getWorkload', {})).toBeRejectedWith(
      new LinkError('console-mode-required', MODE_WORDS()),
    );
  });

  it('sends requests in the session and settles them with their response; events and pongs go where they belong', async () => {
    await expectAsync(session.request(MODE_WORDS, 'getWorkload', {})).toBeRejectedWithError(LinkError, /not connected/);
    open();
    const workload = session.request(MODE_WORDS, 'getWorkload', {});
    const [request] = requests();
    if (request.kind !== 'request') throw new Error('no request sent');
    expect(session.isPending(request.id)).toBeTrue();
    const result = { configuredCapacity: 5, currentWorkload: 1 };
    session.receive(envelope.response(request.id, 'getWorkload', { ok: true, result }));
    expect(await workload).toEqual(result);
    expect(session.isPending(request.id)).toBeFalse();
    session.receive(envelope.event({ type: 'loggedOut', payload: {} }));
    expect(events).toEqual([{ type: 'loggedOut', payload: {} }]);
    session.receive(envelope.heartbeat('pong', (pings()[0] as { id: string }).id));
    expect(dropLog.dropped).toBe(0);
    session.receive(envelope.response(request.id, 'getWorkload', { ok: true, result }));
    session.receive(envelope.heartbeat('pong', 'hb-old'));
    session.receive(envelope.hello('simulator', true));
    expect(dropLog.counts().unexpected).toBe(3);
  });

  it('ends a session: its heartbeat stops, its port closes and its requests fail with the reason given', async () => {
    open();
    const pending = session.request(MODE_WORDS, 'getPresence', {});
    session.end('The test bridge restarted.');
    await expectAsync(pending).toBeRejectedWith(new LinkError('disconnected', 'The test bridge restarted.'));
    expect(closed).toBe(1);
    timers.advance(S.heartbeatMs * S.allowedMisses);
    expect(pings().length).toBe(1);
    expect(silent).toBe(0);
  });

  it('stops: pending requests fail, timers are cleared and the streams complete', async () => {
    open();
    const pending = session.request(MODE_WORDS, 'getPresence', {});
    let completed = false;
    session.events$.subscribe({ complete: () => (completed = true) });
    session.stop();
    link.stop();
    await expectAsync(pending).toBeRejectedWith(new LinkError('disconnected', 'omni-mfe was unmounted.'));
    expect(completed).toBeTrue();
    expect(timers.pending).toBe(0);
  });
});
