/** P1 of the benchmarks: presence sync latency both ways, and its raw baseline. */
import type { Frame, Page } from '@playwright/test';
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

/** DC → Omni: from choosing a DC state to the console's setServicePresenceStatus call. */
export async function dcToOmni(page: Page, shell: Frame, n: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { omniConsoleSimulator: { sforce: { console: { presence: Record<string, (...a: unknown[]) => void> } } }; __consoleAt: number[] };
    w.__consoleAt = [];
    const presence = w.omniConsoleSimulator.sforce.console.presence;
    const original = presence['setServicePresenceStatus'];
    presence['setServicePresenceStatus'] = (...args: unknown[]) => {
      w.__consoleAt.push(performance.timeOrigin + performance.now());
      return original(...args);
    };
  });
  const sent: number[] = [];
  for (let i = 0; i < n; i++) {
    sent.push(
      await shell.evaluate((value) => {
        const select = document.querySelector('select[name=dcState]') as HTMLSelectElement;
        select.value = value;
        const t = performance.timeOrigin + performance.now();
        select.dispatchEvent(new Event('change'));
        return t;
      }, i % 2 ? 'ready' : 'not-ready'),
    );
    await page.waitForFunction((count) => (window as unknown as { __consoleAt: number[] }).__consoleAt.length >= count, i + 1);
  }
  const at = await page.evaluate(() => (window as unknown as { __consoleAt: number[] }).__consoleAt);
  return sent.map((t, i) => at[i] - t);
}

/** Records, in the DC frame, when the header's state selector is set (by the shell's session). */
async function watchDcHeader(shell: Frame): Promise<void> {
  await shell.evaluate(() => {
    const w = window as unknown as { __dcAt: [string, number][] };
    w.__dcAt = [];
    const select = document.querySelector('select[name=dcState]') as HTMLSelectElement;
    const value = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!;
    Object.defineProperty(select, 'value', {
      configurable: true,
      get() {
        return value.get!.call(this);
      },
      set(v: string) {
        value.set!.call(this, v);
        w.__dcAt.push([v, performance.timeOrigin + performance.now()]);
      },
    });
  });
}

/**
 * Omni → DC: from the widget's status change to the DC header showing the paired state, and
 * the part of it spent in omni-mfe (from its port handler to the header; see stampArrivals).
 */
export async function omniToDc(page: Page, shell: Frame, n: number): Promise<{ total: number[]; inMfe: number[] }> {
  await watchDcHeader(shell);
  const times: number[] = [];
  const inMfe: number[] = [];
  for (let i = 0; i < n; i++) {
    const [api, dcKey] = i % 2 ? ['Available', 'ready'] : ['On_Break', 'not-ready:break'];
    const seen = await shell.evaluate(() => (window as unknown as { __dcAt: unknown[] }).__dcAt.length);
    const arrived = await shell.evaluate(() => (window as unknown as { __arrive: unknown[] }).__arrive.length);
    const t0 = await page.evaluate((s) => {
      const t = performance.timeOrigin + performance.now();
      (window as unknown as { omniConsoleSimulator: { control: { setStatus(x: string): void } } }).omniConsoleSimulator.control.setStatus(s);
      return t;
    }, api);
    const at = await shell.evaluate(
      ({ key, from }) =>
        new Promise<number>((resolve) => {
          const w = window as unknown as { __dcAt: [string, number][] };
          const look = () => {
            const hit = w.__dcAt.slice(from).find(([v]) => v === key);
            if (hit) resolve(hit[1]);
            else requestAnimationFrame(look);
          };
          look();
        }),
      { key: dcKey, from: seen },
    );
    times.push(at - t0);
    inMfe.push(at - (await shell.evaluate((k) => (window as unknown as { __arrive: number[] }).__arrive[k], arrived)));
  }
  return { total: times, inMfe };
}
