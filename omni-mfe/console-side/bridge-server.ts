import type { DropLog } from '@shared/protocol/drop-log';
import { envelope, parseProtocolMessage, type RequestMessage } from '@shared/protocol/envelope';
import type { ConsoleAdapter } from './adapters/console-adapter';
import { serveRequest } from './serve-request';

export interface BridgeServerOptions {
  readonly win: Window;
  /** The Desktop Connect window that framed this page. */
  readonly parent: Window;
  /** Its exact origin, already checked against the bridge's allow-list. */
  readonly dcOrigin: string;
  readonly adapter: ConsoleAdapter;
  readonly dropLog: DropLog;
}

/**
 * The bridge page's end: says hello to the DC window, takes the MessagePort of its welcome, and
 * serves requests and relays console events over that port. Only the latest port is served.
 */
export class BridgeServer {
  private port: MessagePort | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopped = false;

  constructor(private readonly options: BridgeServerOptions) {}

  start(): void {
    const { win, parent, dcOrigin, adapter } = this.options;
    win.addEventListener('message', this.onWindowMessage);
    this.unsubscribe = adapter.subscribe((event) => this.port?.postMessage(envelope.event(event)));
    parent.postMessage(envelope.hello(adapter.name, adapter.isConsoleMode()), dcOrigin);
  }

  /** Stops serving: no listener, port or console subscription is left. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.options.win.removeEventListener('message', this.onWindowMessage);
    this.unsubscribe?.();
    this.closePort();
    this.options.adapter.dispose();
  }

  private readonly onWindowMessage = (event: MessageEvent): void => {
    const { dcOrigin, parent, dropLog } = this.options;
    if (event.origin !== dcOrigin) return dropLog.drop('origin', `from ${event.origin} (expected ${dcOrigin})`);
    if (event.source !== parent) return dropLog.drop('source', 'not the Desktop Connect window');
    const parsed = parseProtocolMessage(event.data);
    if (!parsed.ok) return dropLog.drop(parsed.reason, parsed.detail);
    const port = event.ports[0];
    if (parsed.message.kind !== 'welcome' || !port)
      return dropLog.drop('unexpected', `${parsed.message.kind} on the window channel`);
    this.closePort();
    this.port = port;
    port.onmessage = this.onPortMessage;
  };

  private readonly onPortMessage = (event: MessageEvent): void => {
    const parsed = parseProtocolMessage(event.data);
    if (!parsed.ok) return this.options.dropLog.drop(parsed.reason, parsed.detail);
    const message = parsed.message;
    if (message.kind === 'ping') this.port?.postMessage(envelope.heartbeat('pong', message.id));
    else if (message.kind === 'request') void this.serve(message);
    else this.options.dropLog.drop('unexpected', `${message.kind} on the port`);
  };

  private async serve(request: RequestMessage): Promise<void> {
    const port = this.port;
    const payload = await serveRequest(this.options.adapter, request);
    // The answer goes back on the port the request came in on, even if a newer one replaced it.
    port?.postMessage(envelope.response(request.id, request.type, payload));
  }

  private closePort(): void {
    if (!this.port) return;
    this.port.onmessage = null;
    this.port.close();
    this.port = null;
  }
}
