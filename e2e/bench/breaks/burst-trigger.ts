/**
 * What the `drop-work-item` and `reconnect` breaks key on: work items arriving at omni-mfe's port
 * in a burst (each within 50 ms of the last), as P5 sends them; P4's items, seconds apart, never
 * trigger them. Once `count` burst items have arrived, the next one is dropped before omni-mfe's
 * handler sees it, or the bridge iframe is reloaded (one extra reconnect). Each happens once.
 */
const BURST_GAP_MS = 50;
type Action = 'drop' | 'reload-bridge';

let installed = false;

export function afterBurstItems(count: number, action: Action): void {
  if (installed) return;
  installed = true;
  let inBurst = 0;
  let last = -Infinity;
  let done = false;
  const isWorkItem = (data: unknown) =>
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'workAssigned';
  const fires = (data: unknown): boolean => {
    if (done || !isWorkItem(data)) return false;
    const now = performance.now();
    inBurst = now - last < BURST_GAP_MS ? inBurst + 1 : 0;
    last = now;
    if (inBurst < count) return false;
    done = true;
    return true;
  };
  const desc = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!;
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    configurable: true,
    get: desc.get,
    set(this: MessagePort, handler: ((e: MessageEvent) => void) | null) {
      const wrapped =
        handler &&
        ((e: MessageEvent) => {
          if (fires(e.data)) {
            if (action === 'drop') return;
            reloadBridge();
          }
          handler.call(this, e);
        });
      desc.set!.call(this, wrapped);
    },
  });
}

/** Reloads omni-mfe's bridge iframe, as a bridge page that restarted would. */
function reloadBridge(): void {
  const frame = [...document.querySelectorAll('iframe')].find((f) => /bridge/.test(f.src));
  frame?.setAttribute('src', frame.src);
}
