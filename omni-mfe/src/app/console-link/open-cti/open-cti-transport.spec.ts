import { DropLog } from '@shared/protocol/drop-log';
import { envelope } from '@shared/protocol/envelope';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { lms } from '@shared/protocol/message-service';
import { LinkError } from '../link-error';
import type { ConnectionState, ConnectionStatus, ConsoleTransport } from '../console-transport';
import { DEFAULT_LINK_SETTINGS as S } from '../link-settings';
import { FakeLmsRelay } from '../testing/fake-lms-relay';
import { FakeTimers } from '../testing/fake-timers';
import { OpenCtiDouble } from '../testing/open-cti-double';
import { createOpenCtiTransport } from './open-cti-transport';

/** Lets the double's callbacks and deliveries (each a later task) run. */
const flush = async (): Promise<void> => {
  for (let i = 0; i < 6; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('OpenCtiTransport (Lightning, through sforce.opencti)', () => {
  let opencti: OpenCtiDouble;
  let relay: FakeLmsRelay;
  let timers: FakeTimers;
  let dropLog: DropLog;
  let transport: ConsoleTransport;
  let statuses: ConnectionStatus[];
  /** The transport's latest state. */
  let state: ConnectionState;
  let resyncs: number;
  let events: OmniEvent[];

  beforeEach(() => {
    opencti = new OpenCtiDouble();
    relay = new FakeLmsRelay(opencti);
    timers = new FakeTimers();
    dropLog = new DropLog('test', () => undefined);
    transport = createOpenCtiTransport({
      service: opencti.api,
      channelName: 'dcOmniBridge__c',
      doc: document,
      settings: S,
      timers,
      dropLog,
    });
    statuses = [];
    resyncs = 0;
    events = [];
    transport.state$.subscribe((s) => {
      statuses.push(s.status);
      state = s;
    });
    transport.sessions$.subscribe(() => resyncs++);
    transport.events$.subscribe((e) => events.push(e));
  });

  afterEach(() => transport.stop());

  async function connect(): Promise<void> {
    transport.start();
    await flush();
    expect(state.status).toBe('connected');
  }

  it('subscribes to the channel, welcomes the relay in a fresh session and asks for a resync on its hello', async () => {
    await connect();
    expect(opencti.calls.slice(0, 3)).toEqual(['subscribe', 'subscribe', 'publish']);
    expect(relay.welcomes).toBe(1);
    expect(relay.session).toMatch(/^dc-[a-z0-9]+-1$/);
    expect(statuses).toEqual(['connecting', 'connected']);
    expect(state).toEqual({ status: 'connected', attempts: 0 });
    expect(resyncs).toBe(1);
  });

  it('correlates responses with requests by id, and relays events of the current session', async () => {
    await connect();
    const workload = transport.request('getWorkload', {});
    const presence = transport.request('getPresence', {});
    await flush();
    const [first, second] = relay.requests;
    relay.respond(second, { loggedIn: false, status: null });
    relay.respond(first, { configuredCapacity: 10, currentWorkload: 2 });
    opencti.deliver(lms.wrap('softphone', relay.session, envelope.event({ type: 'loggedOut', payload: {} })));
    await flush();
    expect(await workload).toEqual({ configuredCapacity: 10, currentWorkload: 2 });
    expect(await presence).toEqual({ loggedIn: false, status: null });
    expect(events).toEqual([{ type: 'loggedOut', payload: {} }]);
  });

  it('fails a request the relay does not answer in time', async () => {
    await connect();
    const pending = transport.request('getAgentWorks', {}).catch((err: unknown) => err);
    await flush();
    timers.advance(S.requestTimeoutMs);
    expect(await pending).toEqual(jasmine.objectContaining({ code: 'timeout' }));
  });

  it('when the heartbeat goes unanswered, reconnects with backoff and resyncs on the new session', async () => {
    await connect();
    relay.alive = false;
    for (let i = 0; i <= S.allowedMisses; i++) {
      timers.advance(S.heartbeatMs);
      await flush();
    }
    expect(state.status).toBe('reconnecting');
    expect(state.problem).toEqual({ kind: 'relay-silent' });
    await expectAsync(transport.request('getWorkload', {})).toBeRejectedWith(
      jasmine.objectContaining({ code: 'disconnected' }),
    );
    relay.alive = true;
    timers.advance(S.backoffInitialMs * 1.2);
    await flush();
    expect(state).toEqual({ status: 'connected', attempts: 0 });
    expect(relay.welcomes).toBe(2);
    expect(resyncs).toBe(2);
  });

  it('a relay that restarts (hello without a session) is welcomed again at once: pending requests fail, then a resync', async () => {
    await connect();
    const oldSession = relay.session;
    const pending = transport.request('getAgentWorks', {}).catch((err: unknown) => err);
    await flush();
    relay.announce();
    await flush();
    expect(await pending).toEqual(jasmine.objectContaining({ code: 'disconnected' }));
    expect(relay.session).not.toBe(oldSession);
    expect(state.status).toBe('connected');
    expect(resyncs).toBe(2);
    // The old session's late answer is dropped and counted, never acted on.
    relay.respond(relay.requests[0], { works: [] }, oldSession);
    await flush();
    expect(dropLog.counts().session).toBe(1);
  });

  it('with no relay loaded, says so in words and ends at failed, still retrying', async () => {
    relay.alive = false;
    transport.start();
    await flush();
    timers.advance(S.handshakeTimeoutMs);
    expect(statuses).toEqual(['connecting', 'reconnecting']);
    expect(state.problem).toEqual({ kind: 'relay-no-answer', channel: 'dcOmniBridge__c' });
    for (let i = 0; i < 10; i++) {
      timers.advance(S.backoffMaxMs + S.handshakeTimeoutMs);
      await flush();
    }
    expect(state.status).toBe('failed');
    expect(state.problem).toEqual({ kind: 'relay-no-answer', channel: 'dcOmniBridge__c' });
    expect(timers.pending).toBe(1);
  });

  it('drops and counts foreign, garbled and our own messages without acting on them', async () => {
    await connect();
    const ownBefore = opencti.published.length;
    opencti.deliver({ hello: 'from another component' });
    opencti.deliver('text');
    opencti.deliver(lms.wrap('softphone', 'another-session', envelope.event({ type: 'loggedOut', payload: {} })));
    opencti.deliver({
      ...lms.wrap('softphone', relay.session, envelope.event({ type: 'loggedOut', payload: {} })),
      to: 'x',
    });
    opencti.deliver(
      lms.wrap('softphone', relay.session, {
        ...envelope.event({ type: 'loggedOut', payload: {} }),
        payload: { reason: 42 },
      } as never),
    );
    opencti.deliver(lms.wrap('softphone', relay.session, { ...envelope.heartbeat('pong', 'hb-1'), v: 9 } as never));
    await flush();
    expect(events).toEqual([]);
    expect(dropLog.dropped).toBe(6);
    expect(dropLog.counts()).toEqual(
      jasmine.objectContaining({ 'not-envelope': 2, session: 1, schema: 2, version: 1 }),
    );
    // Our own welcome and pings come back on the channel too: not counted as faults.
    expect(opencti.published.length).toBeGreaterThan(ownBefore);
  });

  it("a refused publish is shown with Open CTI's error and retried until it goes through: the request is not lost", async () => {
    await connect();
    opencti.failNext('publish', [
      { code: 'SOFTPHONE_CONTAINER_ERROR', description: 'Container not ready', details: null },
    ]);
    const workload = transport.request('getWorkload', {});
    await flush();
    expect(relay.requests.length).toBe(0);
    expect(state.status).toBe('connected');
    expect(state.problem).toEqual({
      kind: 'publish-refused',
      channel: 'dcOmniBridge__c',
      errors: 'SOFTPHONE_CONTAINER_ERROR: Container not ready',
    });
    timers.advance(S.readRetryInitialMs * 1.2);
    await flush();
    expect(relay.requests.length).toBe(1);
    expect(state.problem).toBeUndefined();
    relay.respond(relay.requests[0], { configuredCapacity: 5, currentWorkload: 0 });
    await flush();
    expect(await workload).toEqual({ configuredCapacity: 5, currentWorkload: 0 });
  });

  it('a refused subscription is shown and tried again', async () => {
    opencti.failNext('subscribe', [{ code: 'GENERIC_ERROR', description: 'No such channel', details: null }]);
    transport.start();
    await flush();
    expect(state.status).toBe('reconnecting');
    expect(state.problem).toEqual({
      kind: 'subscribe-refused',
      channel: 'dcOmniBridge__c',
      errors: 'GENERIC_ERROR: No such channel',
    });
    timers.advance(S.backoffInitialMs * 1.2);
    await flush();
    expect(state.status).toBe('connected');
  });

  it("outside a Lightning console app, begins no session and says what to do in Lightning's words", async () => {
    relay.consoleMode = false;
    transport.start();
    await flush();
    expect(state.status).toBe('console-mode-required');
    expect(state.problem).toEqual({ kind: 'console-navigation-required' });
    expect(resyncs).toBe(0);
    await expectAsync(transport.request('getPresence', {})).toBeRejectedWith(
      new LinkError(
        'console-mode-required',
        'Omni-Channel works in Lightning console apps only: open Desktop Connect in an app whose navigation style is Console Navigation.',
      ),
    );
  });

  it('stop() unsubscribes, clears every timer, fails pending requests and ignores the channel afterwards', async () => {
    await connect();
    const pending = transport.request('getWorkload', {}).catch((err: unknown) => err);
    await flush();
    transport.stop();
    await flush();
    expect(await pending).toEqual(jasmine.objectContaining({ code: 'disconnected' }));
    expect(opencti.subscriberCount).toBe(1); // the relay's own
    expect(timers.pending).toBe(0);
    relay.announce();
    await flush();
    expect(dropLog.dropped).toBe(0);
    expect(relay.welcomes).toBe(1);
  });
});
