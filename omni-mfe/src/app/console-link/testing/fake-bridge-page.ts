import { BRIDGE_PROTO, envelope, type ProtocolMessage } from '@shared/protocol/envelope';

/**
 * Plays the bridge page against a real BridgeIframeTransport in Karma: the iframe is about:blank (so
 * it shares the test's origin, which stands in for the console origin) and the test sends its
 * `hello` as the frame would, then talks over the port it is given.
 */
export class FakeBridgePage {
  port: MessagePort | null = null;
  readonly received: ProtocolMessage[] = [];
  welcomes = 0;

  constructor(private readonly host: HTMLElement) {}

  get frame(): HTMLIFrameElement {
    const frame = this.host.querySelector('iframe');
    if (!frame) throw new Error('no bridge iframe');
    return frame;
  }

  /** Sends a hello from the iframe's window (or from `source`/`origin` to test refusals). */
  hello(options: { consoleMode?: boolean; origin?: string; source?: Window; data?: unknown } = {}): void {
    const frameWindow = this.frame.contentWindow as Window;
    frameWindow.onmessage = (event: MessageEvent) => {
      if ((event.data as { proto?: string })?.proto !== BRIDGE_PROTO) return;
      this.welcomes += 1;
      this.port = event.ports[0];
      this.port.onmessage = (e: MessageEvent) => this.received.push(e.data as ProtocolMessage);
    };
    const data = options.data ?? envelope.hello('simulator', options.consoleMode ?? true);
    window.dispatchEvent(
      new MessageEvent('message', {
        data,
        origin: options.origin ?? location.origin,
        source: options.source ?? frameWindow,
      }),
    );
  }

  send(message: unknown): void {
    this.port?.postMessage(message);
  }

  /** Lets queued postMessage tasks run. */
  static async flush(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
