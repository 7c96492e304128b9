/**
 * The hidden iframe that holds the bridge page. It tells the bridge which origin to answer
 * (`dcOrigin`); the bridge checks that against its own allow-list before saying hello.
 */
export interface BridgeFrame {
  /** Creates the iframe, or reloads it (a fresh bridge page) when it exists. */
  load(): void;
  isSource(source: MessageEventSource | null): boolean;
  /** Posts to the bridge page, only ever to the exact console origin. */
  post(message: unknown, targetOrigin: string, transfer: Transferable[]): void;
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
    post: (message, targetOrigin, transfer) => iframe?.contentWindow?.postMessage(message, targetOrigin, transfer),
    remove: () => {
      iframe?.remove();
      iframe = null;
    },
  };
}
