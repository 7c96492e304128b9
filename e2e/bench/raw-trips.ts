/** P1's baselines in the DC frame: raw MessagePort round trips to a page on the console's origin. */
import type { Frame } from '@playwright/test';
import { openEcho } from './demo-harness';

/** Raw MessagePort round trips from the DC frame to a console-origin frame: the P1 baseline. */
export async function rawRoundTrips(shell: Frame, n: number): Promise<number[]> {
  await openEcho(shell);
  return shell.evaluate(async (n) => {
    const port = (window as unknown as { __echo: MessagePort }).__echo;
    const times: number[] = [];
    for (let i = 0; i < n + 20; i++) {
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        port.onmessage = () => resolve();
        port.postMessage(i);
      });
      if (i >= 20) times.push(performance.now() - t0);
    }
    return times;
  }, n);
}

export /**
 * A steady stream of raw round trips DC frame → console origin → DC frame on a port of its own
 * to the echo page, each sent 5–25 ms (at random) after the last came back; 'stop' ends it and
 * returns the times.
 */
async function rawStream(shell: Frame, what: 'start' | 'stop'): Promise<number[]> {
  return shell.evaluate((what) => {
    const w = window as unknown as { __stream?: { times: number[]; stop: boolean } };
    if (what === 'stop') {
      w.__stream!.stop = true;
      return w.__stream!.times;
    }
    const stream = (w.__stream = { times: [] as number[], stop: false });
    const echo = [...document.querySelectorAll('iframe')].find((f) => f.src.endsWith('/echo.html'))!;
    const channel = new MessageChannel();
    echo.contentWindow!.postMessage('port', new URL(echo.src).origin, [channel.port2]);
    const port = channel.port1;
    const next = () =>
      stream.stop
        ? port.close()
        : setTimeout(
            () => {
              const t0 = performance.now();
              port.onmessage = () => (stream.times.push(performance.now() - t0), next());
              port.postMessage(0);
            },
            5 + Math.random() * 20,
          );
    next();
    return [];
  }, what);
}
