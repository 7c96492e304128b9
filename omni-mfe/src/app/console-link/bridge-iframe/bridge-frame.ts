/**
 * The hidden iframe that holds the bridge page. It tells the bridge which origin to answer
 * (`dcOrigin`); the bridge checks that against its own allow-list before saying hello.
 */
export class BridgeFrame {
  private iframe: HTMLIFrameElement | null = null;
  private readonly src: string;

  constructor(
    private readonly host: HTMLElement,
    bridgeUrl: string,
    dcOrigin: string,
  ) {
    const url = new URL(bridgeUrl);
    url.searchParams.set('dcOrigin', dcOrigin);
    this.src = url.href;
  }

  /** Creates the iframe, or reloads it (a fresh bridge page) when it exists. */
  load(): void {
    if (!this.iframe) {
      const frame = this.host.ownerDocument.createElement('iframe');
      frame.title = 'Omni-Channel console bridge';
      frame.hidden = true;
      frame.tabIndex = -1;
      frame.setAttribute('aria-hidden', 'true');
      this.iframe = frame;
      frame.src = this.src;
      this.host.append(frame);
      return;
    }
    // Assigning src again navigates even when it is unchanged: a hung bridge page is replaced.
    this.iframe.src = this.src;
  }

  isSource(source: MessageEventSource | null): boolean {
    return source !== null && this.iframe !== null && source === this.iframe.contentWindow;
  }

  /** Posts to the bridge page, only ever to the exact console origin. */
  post(message: unknown, targetOrigin: string, transfer: Transferable[]): void {
    this.iframe?.contentWindow?.postMessage(message, targetOrigin, transfer);
  }

  remove(): void {
    this.iframe?.remove();
    this.iframe = null;
  }
}
