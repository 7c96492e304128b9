import { envelope } from '@shared/protocol/envelope';

/**
 * The hidden iframe that holds the bridge page. It tells the bridge which origin to answer
 * (`dcOrigin`); the bridge checks that against its own allow-list before saying hello.
 */
export interface BridgeFrame {
  /** Creates the iframe, or reloads it (a fresh bridge page) when it exists. */
  load(): void;
  isSource(source: MessageEventSource | null): boolean;
  /**
   * Answers a hello: a welcome carrying a fresh MessageChannel's far end, posted only ever to the
   * exact console origin. Returns the near end, whose messages go to `onMessage`.
   */
  welcome(consoleOrigin: string, onMessage: (data: unknown) => void): MessagePort;
  remove(): void;
}

/** A closure rather than a class, like the transport that uses it: shorter once minified. */
export function createBridgeFrame(host: HTMLElement, bridgeUrl: string, dcOrigin: string): BridgeFrame {
  const url = new URL(bridgeUrl);
  url.searchParams.set('dcOrigin', dcOrigin);
  const src = url.href;
  let iframe: HTMLIFrameElement | null = null;

  return {
    load: () => {
      if (!iframe) {
        const frame = host.ownerDocument.createElement('iframe');
        frame.title = 'Omni-Channel console bridge';
        frame.hidden = true;
        frame.tabIndex = -1;
        frame.setAttribute('aria-hidden', 'true');
        iframe = frame;
        frame.src = src;
        host.append(frame);
        return;
      }
      // Assigning src again navigates even when it is unchanged: a hung bridge page is replaced.
      iframe.src = src;
    },
    isSource: (source) => source !== null && iframe !== null && source === iframe.contentWindow,
    welcome: (consoleOrigin, onMessage) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => onMessage(event.data);
      iframe?.contentWindow?.postMessage(envelope.welcome(), consoleOrigin, [channel.port2]);
      return channel.port1;
    },
    remove: () => {
      iframe?.remove();
      iframe = null;
    },
  };
}
