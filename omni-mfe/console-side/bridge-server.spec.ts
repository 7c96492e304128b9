import { DropLog } from '@shared/protocol/drop-log';
import { envelope, type ProtocolMessage } from '@shared/protocol/envelope';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { ConsoleCallError, type ConsoleAdapter } from './adapters/console-adapter';
import { BridgeServer } from './bridge-server';

const DC_ORIGIN = 'http://127.0.0.1:4200';

class FakeAdapter implements ConsoleAdapter {
  readonly name = 'simulator' as const;
  consoleMode = true;
  listener: ((e: OmniEvent) => void) | null = null;
  disposed = false;
  calls: [string, unknown][] = [];
  isConsoleMode = () => this.consoleMode;
  call = (type: string, params: unknown) => {
    this.calls.push([type, params]);
    if (type === 'acceptWork')
      return Promise.reject(new ConsoleCallError('console', 'The Salesforce console refused acceptAgentWork.'));
    return Promise.resolve({ configuredCapacity: 10, currentWorkload: 0 } as never);
  };
  subscribe = (l: (e: OmniEvent) => void) => {
    this.listener = l;
    return () => (this.listener = null);
  };
  dispose = () => (this.disposed = true);
}

describe('BridgeServer (the bridge page)', () => {
  let win: EventTarget;
  let adapter: FakeAdapter;
  let dropLog: DropLog;
  let server: BridgeServer;
  let posted: [unknown, string][];
  let received: ProtocolMessage[];

  const flush = async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
  };
  function welcome(origin = DC_ORIGIN, source: Window | null = window): MessagePort {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => received.push(e.data as ProtocolMessage);
    win.dispatchEvent(
      new MessageEvent('message', { data: envelope.welcome(), origin, source, ports: [channel.port2] }),
    );
    return channel.port1;
  }

  beforeEach(() => {
    win = new EventTarget();
    adapter = new FakeAdapter();
    dropLog = new DropLog('test', () => undefined);
    posted = [];
    received = [];
    spyOn(window, 'postMessage').and.callFake(((message: unknown, origin: string) =>
      posted.push([message, origin])) as never);
    server = new BridgeServer({ win: win as Window, parent: window, dcOrigin: DC_ORIGIN, adapter, dropLog });
    server.start();
  });

  afterEach(() => server.stop());

  it('says hello to Desktop Connect with its exact origin, never "*"', () => {
    expect(posted).toEqual([[envelope.hello('simulator', true), DC_ORIGIN]]);
  });

  it('takes a welcome only from the DC origin and the parent window', async () => {
    const lines: string[] = [];
    server.stop();
    dropLog = new DropLog('test', (line) => lines.push(line));
    server = new BridgeServer({ win: win as Window, parent: window, dcOrigin: DC_ORIGIN, adapter, dropLog });
    server.start();
    welcome('http://evil.example');
    expect(lines).toEqual([
      `test: dropped bridge messages (origin 1); last: from http://evil.example (expected ${DC_ORIGIN})`,
    ]);
    welcome(DC_ORIGIN, null);
    expect(dropLog.counts()).toEqual(jasmine.objectContaining({ origin: 1, source: 1 }));
    const port = welcome();
    port.postMessage(envelope.heartbeat('ping', 'hb-1'));
    await flush();
    expect(received).toEqual([envelope.heartbeat('pong', 'hb-1')]);
  });

  it('serves requests through the adapter and answers errors with their code', async () => {
    const port = welcome();
    port.postMessage(envelope.request('r-1', 'getWorkload', {}));
    port.postMessage(envelope.request('r-2', 'acceptWork', { workId: '0Bz000000000001' }));
    await flush();
    expect(received).toEqual([
      envelope.response('r-1', 'getWorkload', { ok: true, result: { configuredCapacity: 10, currentWorkload: 0 } }),
      envelope.response('r-2', 'acceptWork', {
        ok: false,
        error: { code: 'console', message: 'The Salesforce console refused acceptAgentWork.' },
      }),
    ]);
  });

  it('refuses requests outside console mode without calling the console', async () => {
    adapter.consoleMode = false;
    const port = welcome();
    port.postMessage(envelope.request('r-1', 'getWorkload', {}));
    await flush();
    expect(adapter.calls).toEqual([]);
    expect(received[0]).toEqual(
      jasmine.objectContaining({
        kind: 'response',
        payload: { ok: false, error: jasmine.objectContaining({ code: 'console-mode-required' }) },
      }),
    );
  });

  it('drops invalid requests and never passes them to the console', async () => {
    const port = welcome();
    port.postMessage(envelope.request('r-1', 'acceptWork', { workId: '"><script>' }));
    port.postMessage({ ...envelope.request('r-2', 'getWorkload', {}), v: 9 });
    await flush();
    expect(adapter.calls).toEqual([]);
    expect(dropLog.counts()).toEqual(jasmine.objectContaining({ schema: 1, version: 1 }));
  });

  it('relays console events on the latest port only', async () => {
    const firstPort = welcome();
    const firstReceived = received;
    received = [];
    welcome();
    adapter.listener?.({ type: 'loggedOut', payload: {} });
    firstPort.postMessage(envelope.heartbeat('ping', 'old'));
    await flush();
    expect(received).toEqual([envelope.event({ type: 'loggedOut', payload: {} })]);
    expect(firstReceived).toEqual([]);
  });

  it('releases the console and its port when stopped (a killed bridge)', async () => {
    const port = welcome();
    server.stop();
    port.postMessage(envelope.heartbeat('ping', 'hb-1'));
    await flush();
    expect(received).toEqual([]);
    expect(adapter.disposed).toBeTrue();
    expect(adapter.listener).toBeNull();
  });
});
