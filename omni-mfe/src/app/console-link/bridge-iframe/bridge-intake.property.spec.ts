import fc from 'fast-check';
import { DropLog } from '@shared/protocol/drop-log';
import { BRIDGE_PROTO, envelope } from '@shared/protocol/envelope';
import { EVENT_TYPES, type OmniEvent } from '@shared/protocol/events.schema';
import { createBridgeIframeTransport } from './bridge-iframe-transport';
import type { ConnectionState, ConsoleTransport } from '../console-transport';
import { DEFAULT_LINK_SETTINGS } from '../link-settings';
import { FakeBridgePage } from '../testing/fake-bridge-page';
import { FakeTimers } from '../testing/fake-timers';

/**
 * Random and hostile messages at the MFE's intake never throw out of it and never reach the
 * store: no event, no state change, no resync; each one is counted as dropped.
 */
describe('BridgeConnection intake (property)', () => {
  let host: HTMLElement;
  let connection: ConsoleTransport;
  let page: FakeBridgePage;
  let dropLog: DropLog;
  let events: OmniEvent[];
  let states: ConnectionState[];
  let resyncs: number;

  beforeEach(async () => {
    host = document.createElement('div');
    document.body.append(host);
    dropLog = new DropLog('test', () => undefined);
    connection = createBridgeIframeTransport({
      win: window,
      host,
      bridgeUrl: 'about:blank',
      consoleOrigin: location.origin,
      settings: DEFAULT_LINK_SETTINGS,
      timers: new FakeTimers(),
      dropLog,
    });
    connection.start();
    page = new FakeBridgePage(host);
    page.hello();
    await FakeBridgePage.flush();
    events = [];
    states = [];
    resyncs = 0;
    connection.events$.subscribe((e) => events.push(e));
    connection.state$.subscribe((s) => states.push(s));
    connection.sessions$.subscribe(() => resyncs++);
  });

  afterEach(() => {
    connection.stop();
    host.remove();
  });

  const wellFormedButForeign = fc.constantFrom(
    envelope.hello('simulator', true),
    envelope.event({ type: 'loggedOut', payload: {} }),
    envelope.event({
      type: 'presenceChanged',
      payload: { statusId: '0N5000000000003', statusName: 'Busy', statusApiName: 'Busy', channels: [] },
    }),
  );
  const garbage = fc.oneof(
    fc.anything(),
    fc.record({
      proto: fc.constant(BRIDGE_PROTO),
      v: fc.oneof(fc.constant(1), fc.integer()),
      kind: fc.constantFrom('event', 'response', 'hello'),
      type: fc.constantFrom(...EVENT_TYPES, 'getWorkload', '__proto__'),
      payload: fc.anything(),
      id: fc.string(),
    }),
  );

  it('drops well-formed messages from other origins or windows on the window channel', () => {
    const before = dropLog.dropped;
    let sent = 0;
    fc.assert(
      fc.property(
        wellFormedButForeign,
        fc.oneof(
          fc.constant(location.origin),
          fc.webUrl().map((u) => new URL(u).origin),
        ),
        fc.boolean(),
        (data, origin, wrongWindow) => {
          const fromConsole = !wrongWindow && origin === location.origin;
          fc.pre(!fromConsole);
          sent++;
          window.dispatchEvent(
            new MessageEvent('message', { data, origin, source: wrongWindow ? window : page.frame.contentWindow }),
          );
        },
      ),
      { numRuns: 300 },
    );
    expect(dropLog.dropped - before).toBe(sent);
    expect(events).toEqual([]);
    expect(states).toEqual([jasmine.objectContaining({ status: 'connected' })]);
    expect(resyncs).toBe(0);
  });

  it('drops invalid messages on the port and acts on none', async () => {
    const samples = fc.sample(garbage, { numRuns: 300, seed: 42 }).filter((d) => {
      try {
        structuredClone(d);
        return true;
      } catch {
        return false;
      }
    });
    const before = dropLog.dropped;
    for (const data of samples) page.send(data);
    await FakeBridgePage.flush();
    const acted = events.length;
    expect(acted + (dropLog.dropped - before)).toBe(samples.length);
    // Whatever got through was a schema-valid event; nothing else reached subscribers.
    expect(events.every((e) => EVENT_TYPES.includes(e.type))).toBeTrue();
    expect(states.length).toBe(1);
    expect(resyncs).toBe(0);
  });
});
