import fc from 'fast-check';
import { DropLog } from '@shared/protocol/drop-log';
import { BRIDGE_PROTO, envelope } from '@shared/protocol/envelope';
import { hostileValue, nearEnvelope } from '@shared/protocol/testing/intake.properties';
import { ID } from '@shared/protocol/testing/valid-messages';
import type { ConsoleAdapter } from '../adapters/console-adapter';
import { BridgeServer } from '../bridge-server';

const DC_ORIGIN = 'http://127.0.0.1:4200';

/** An adapter that counts what reaches the console. */
function countingAdapter() {
  const calls: string[] = [];
  const adapter: ConsoleAdapter = {
    name: 'simulator',
    isConsoleMode: () => true,
    call: (type) => (calls.push(type), Promise.resolve({} as never)),
    subscribe: () => () => undefined,
    dispose: () => undefined,
  };
  return { adapter, calls };
}

/**
 * The bridge page's window intake: hostile messages from any origin or window never throw and
 * never reach the console. The server takes a message's port exactly when it is a proper
 * welcome with a port, from the DC origin and the DC window (checked on the port itself, not on
 * the drop count); everything else is counted as one drop. `parent` stands for the DC window;
 * `win` must be an EventTarget the server listens on.
 */
export function bridgeWindowIntakeIsSafe(
  runs: number,
  win: EventTarget,
  parent: Window,
  foreign: Window | null,
  seed?: number,
): void {
  const message = fc.oneof(
    nearEnvelope,
    hostileValue,
    fc.constant(envelope.request('x-1', 'logout', {})),
    fc.constant(envelope.welcome()),
  );
  fc.assert(
    fc.property(message, fc.boolean(), fc.boolean(), fc.boolean(), (data, wrongOrigin, wrongWindow, withPort) => {
      const { adapter, calls } = countingAdapter();
      const dropLog = new DropLog('fuzz', () => undefined);
      const server = new BridgeServer({ win: win as Window, parent, dcOrigin: DC_ORIGIN, adapter, dropLog });
      const channel = new MessageChannel();
      server.start();
      try {
        const origin = wrongOrigin ? 'http://127.0.0.1:4310' : DC_ORIGIN;
        const source = wrongWindow ? foreign : parent;
        win.dispatchEvent(
          new MessageEvent('message', { data, origin, source, ports: withPort ? [channel.port2] : [] }),
        );
        const d = data as {
          proto?: unknown;
          v?: unknown;
          kind?: unknown;
          id?: unknown;
          type?: unknown;
          payload?: unknown;
        } | null;
        // A proper welcome, written out here rather than asked of the parser.
        const welcome =
          typeof d === 'object' &&
          d !== null &&
          d.proto === BRIDGE_PROTO &&
          d.v === 1 &&
          d.kind === 'welcome' &&
          d.type === 'welcome' &&
          (d.id === undefined || (typeof d.id === 'string' && ID.test(d.id))) &&
          typeof d.payload === 'object' &&
          d.payload !== null;
        const acceptable = !wrongOrigin && !wrongWindow && withPort && welcome;
        const taken = channel.port2.onmessage !== null;
        if (taken !== acceptable)
          throw new Error(
            `${taken ? 'took' : 'refused'} the port of ${JSON.stringify(data)?.slice(0, 200)} (origin ${origin}, ${wrongWindow ? 'another window' : 'the DC window'}, ${withPort ? 'with' : 'without'} a port)`,
          );
        return calls.length === 0 && dropLog.dropped === (acceptable ? 0 : 1);
      } finally {
        server.stop();
        channel.port1.close();
        channel.port2.close();
      }
    }),
    { numRuns: runs, seed },
  );
}
