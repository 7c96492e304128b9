import { DropLog } from '@shared/protocol/drop-log';
import { BRIDGE_PROTO, envelope } from '@shared/protocol/envelope';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { LinkError } from '../link-error';
import { createBridgeIframeTransport } from './bridge-iframe-transport';
import type { ConnectionState, ConnectionStatus, ConsoleTransport } from '../console-transport';
import { DEFAULT_LINK_SETTINGS } from '../link-settings';
import { FakeBridgePage } from '../testing/fake-bridge-page';
import { FakeTimers } from '../testing/fake-timers';

describe('BridgeIframeTransport', () => {
  let host: HTMLElement;
  let timers: FakeTimers;
  let dropLog: DropLog;
  let connection: ConsoleTransport;
  let page: FakeBridgePage;
  let statuses: ConnectionStatus[];
  /** The transport's latest state. */
  let state: ConnectionState;
  let resyncs: number;
  let events: OmniEvent[];

  /** Creates and starts the transport under test (again, after a test stopped it to change `dropLog`). */
  function restart(): void {
    connection = createBridgeIframeTransport({
      win: window,
      host,
      bridgeUrl: 'about:blank',
      consoleOrigin: location.origin,
      settings: DEFAULT_LINK_SETTINGS,
      timers,
      dropLog,
    });
    statuses = [];
    resyncs = 0;
    events = [];
    connection.state$.subscribe((s) => {
      statuses.push(s.status);
      state = s;
    });
    connection.sessions$.subscribe(() => resyncs++);
    connection.events$.subscribe((e) => events.push(e));
    connection.start();
    page = new FakeBridgePage(host);
  }

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    timers = new FakeTimers();
    dropLog = new DropLog('test', () => undefined);
    restart();
  });

  afterEach(() => {
    connection.stop();
    host.remove();
  });

  it('creates one hidden iframe that tells the bridge our origin', () => {
    expect(host.querySelectorAll('iframe').length).toBe(1);
    expect(page.frame.hidden).toBeTrue();
    expect(new URL(page.frame.src).searchParams.get('dcOrigin')).toBe(location.origin);
  });

  it('accepts a hello from the console origin and the iframe, moves to a port and asks for a resync', async () => {
    page.hello();
    await FakeBridgePage.flush();
    expect(page.welcomes).toBe(1);
    expect(page.port).not.toBeNull();
    expect(statuses).toEqual(['connecting', 'connected']);
    expect(resyncs).toBe(1);
  });

  it('refuses a hello from another origin, another window or another protocol version, and counts them', async () => {
    page.hello({ origin: 'https://evil.example' });
    page.hello({ source: window });
    page.hello({ data: { ...envelope.hello('simulator', true), v: 2 } });
    page.hello({ data: { proto: BRIDGE_PROTO, v: 1, kind: 'event', type: 'loggedOut', payload: {} } });
    await FakeBridgePage.flush();
    expect(page.welcomes).toBe(0);
    // Our own iframe answering from another origin ends the attempt; the other refusals change nothing.
    expect(statuses).toEqual(['connecting', 'reconnecting']);
    expect(dropLog.counts()).toEqual(jasmine.objectContaining({ origin: 1, source: 1, version: 1, unexpected: 1 }));
  });

  it('reports console mode required and refuses requests outside console mode', async () => {
    page.hello({ consoleMode: false });
    await FakeBridgePage.flush();
    expect(state.status).toBe('console-mode-required');
    expect(state.problem).toEqual({ kind: 'console-mode-required' });
    expect(resyncs).toBe(0);
    await expectAsync(connection.request('getPresence', {})).toBeRejectedWith(
      new LinkError(
        'console-mode-required',
        'Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.',
      ),
    );
  });

  it('relays events and answers requests over the port', async () => {
    page.hello();
    await FakeBridgePage.flush();
    const workload = connection.request('getWorkload', {});
    await FakeBridgePage.flush();
    const request = page.received.find((m) => m.kind === 'request');
    page.send(
      envelope.response(request!.kind === 'request' ? request!.id : '', 'getWorkload', {
        ok: true,
        result: { configuredCapacity: 10, currentWorkload: 0 },
      }),
    );
    page.send(envelope.event({ type: 'loggedOut', payload: {} }));
    await FakeBridgePage.flush();
    expect(await workload).toEqual({ configuredCapacity: 10, currentWorkload: 0 });
    expect(events).toEqual([{ type: 'loggedOut', payload: {} }]);
  });

  it('drops invalid messages on the port without acting on them', async () => {
    page.hello();
    await FakeBridgePage.flush();
    page.send({ proto: BRIDGE_PROTO, v: 1, kind: 'event', type: 'presenceChanged', payload: { statusId: '<script>' } });
    page.send(envelope.response('unknown-1', 'getWorkload', { ok: true, result: {} }));
    page.send('hello');
    await FakeBridgePage.flush();
    expect(events).toEqual([]);
    expect(dropLog.dropped).toBe(3);
  });

  it('treats a second hello (a reloaded bridge page) as a new session: fresh port, pending requests fail, resync', async () => {
    page.hello();
    await FakeBridgePage.flush();
    const firstPort = page.port;
    const pending = connection.request('getAgentWorks', {}).catch((err: unknown) => err);
    page.hello();
    await FakeBridgePage.flush();
    expect(await pending).toEqual(jasmine.objectContaining({ code: 'disconnected' }));
    expect(page.port).not.toBe(firstPort);
    expect(resyncs).toBe(2);
    expect(state.status).toBe('connected');
  });

  it('reconnects with backoff when the heartbeat dies, then resyncs on the new hello', async () => {
    page.hello();
    await FakeBridgePage.flush();
    const src = page.frame.src;
    timers.advance(DEFAULT_LINK_SETTINGS.heartbeatMs * DEFAULT_LINK_SETTINGS.allowedMisses);
    expect(state.status).toBe('reconnecting');
    await expectAsync(connection.request('getWorkload', {})).toBeRejectedWith(
      jasmine.objectContaining({ code: 'disconnected' }),
    );
    timers.advance(DEFAULT_LINK_SETTINGS.backoffInitialMs * 1.2);
    expect(page.frame.src).toBe(src);
    page.hello();
    await FakeBridgePage.flush();
    expect(state).toEqual({ status: 'connected', attempts: 0 });
    expect(resyncs).toBe(2);
  });

  it('says failed after repeated attempts, and keeps trying', () => {
    timers.advance(10 * 60_000);
    expect(state.status).toBe('failed');
    expect(state.attempts).toBeGreaterThan(DEFAULT_LINK_SETTINGS.attemptsBeforeFailed);
    expect(timers.pending).toBe(1);
  });

  describe('when the handshake fails, it says why after a few attempts', () => {
    const backoff = DEFAULT_LINK_SETTINGS.backoffInitialMs * 2 * 1.2;

    it('names the bridge URL when nothing answers', () => {
      timers.advance(DEFAULT_LINK_SETTINGS.handshakeTimeoutMs);
      expect(state).toEqual({ status: 'reconnecting', attempts: 1 });
      timers.advance(backoff + DEFAULT_LINK_SETTINGS.handshakeTimeoutMs);
      expect(state).toEqual({
        status: 'reconnecting',
        attempts: 2,
        problem: { kind: 'no-answer', bridgeUrl: 'about:blank' },
      });
    });

    it('names both origins when the bridge iframe answers from another, and so does the drop log', () => {
      const lines: string[] = [];
      connection.stop();
      dropLog = new DropLog('test', (line) => lines.push(line));
      restart();
      page.hello({ origin: 'https://acme--c.vf.force.com' });
      expect(state.attempts).withContext('the attempt ends at once').toBe(1);
      timers.advance(backoff);
      page.hello({ origin: 'https://acme--c.vf.force.com' });
      expect(state.problem).toEqual({
        kind: 'wrong-origin',
        seen: 'https://acme--c.vf.force.com',
        expected: location.origin,
      });
      expect(lines[0]).toContain(`last: from https://acme--c.vf.force.com (expected ${location.origin})`);
    });

    it('names this Desktop Connect origin when the bridge page refuses it, without waiting for a timeout', () => {
      page.hello({ data: envelope.refused() });
      timers.advance(backoff);
      page.hello({ data: envelope.refused() });
      expect(state).toEqual({
        status: 'reconnecting',
        attempts: 2,
        problem: { kind: 'refused', dcOrigin: location.origin },
      });
      expect(dropLog.dropped).toBe(0);
    });

    it('believes no refusal or answer from another window, and forgets the problem once a hello comes', async () => {
      page.hello({ data: envelope.refused(), source: window });
      page.hello({ origin: 'https://evil.example', source: window });
      expect(state.attempts).toBe(0);
      expect(dropLog.counts()).toEqual(jasmine.objectContaining({ origin: 1, source: 1 }));
      timers.advance(2 * DEFAULT_LINK_SETTINGS.handshakeTimeoutMs + backoff);
      expect(state.problem).toEqual(jasmine.objectContaining({ kind: 'no-answer' }));
      page.hello();
      await FakeBridgePage.flush();
      expect(state).toEqual({ status: 'connected', attempts: 0 });
    });
  });

  it('leaves no iframe, listener, timer or port behind when stopped', async () => {
    page.hello();
    await FakeBridgePage.flush();
    connection.stop();
    expect(host.querySelector('iframe')).toBeNull();
    expect(timers.pending).toBe(0);
    window.dispatchEvent(
      new MessageEvent('message', { data: envelope.hello('simulator', true), origin: location.origin }),
    );
    expect(dropLog.dropped).toBe(0);
  });
});
