import fc from 'fast-check';
import { DropLog } from '@shared/bridge/drop-log';
import { envelope, parseBridgeMessage } from '@shared/bridge/envelope';
import { hostileValue, nearEnvelope } from '@shared/bridge/testing/intake.properties';
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
 * never reach the console; each is counted. `parent` stands for the DC window; `win` must be an
 * EventTarget the server listens on.
 */
export function bridgeWindowIntakeIsSafe(runs: number, win: EventTarget, parent: Window, foreign: Window | null, seed?: number): void {
  fc.assert(
    fc.property(fc.oneof(nearEnvelope, hostileValue, fc.constant(envelope.request('x-1', 'logout', {}))), fc.boolean(), fc.boolean(), (data, wrongOrigin, wrongWindow) => {
      const { adapter, calls } = countingAdapter();
      const dropLog = new DropLog('fuzz', () => undefined);
      const server = new BridgeServer({ win: win as Window, parent, dcOrigin: DC_ORIGIN, adapter, dropLog });
      server.start();
      try {
        const origin = wrongOrigin ? 'http://127.0.0.1:4310' : DC_ORIGIN;
        const source = wrongWindow ? foreign : parent;
        win.dispatchEvent(new MessageEvent('message', { data, origin, source }));
        const parsed = parseBridgeMessage(data);
        const acceptable = !wrongOrigin && !wrongWindow && parsed.ok && parsed.message.kind === 'welcome';
        // Nothing on the window channel reaches the console, and whatever is not a proper welcome is counted.
        return calls.length === 0 && (acceptable || dropLog.dropped === 1);
      } finally {
        server.stop();
      }
    }),
    { numRuns: runs, seed },
  );
}
