/** P5 of the benchmarks: a burst of events through the bridge, and its raw baseline. */
import type { Frame, Page } from '@playwright/test';
import { openEcho } from './demo-harness';


/**
 * P5: 200 work items and 800 presence changes fired at full speed by the console. Returns the
 * time until the panel counts all 200 (events lost = 200 - count, with no reconnect to hide a
 * loss). Then ONE_MORE items, one at a time, into the open panel of 200: the time from the
 * item's arrival in omni-mfe to its row (the panel's update), and from the console's route to
 * the row (the console's own work and the bridge hops included).
 */
export const ONE_MORE = 10;

export async function burst(page: Page, shell: Frame): Promise<{ settleMs: number; counted: number; reconnects: number; oneMore: { fromConsole: number; inPanel: number }[] }> {
  const control = (fn: string, arg?: unknown) =>
    page.evaluate(({ fn, arg }) => ((window as unknown as { omniConsoleSimulator: { control: Record<string, (a?: unknown) => unknown> } }).omniConsoleSimulator.control[fn](arg)), { fn, arg });
  await control('setPushTimeout', 3_600_000);
  const loadsBefore = (await control('bridgeLoads')) as number;
  const waitCount = (n: number) =>
    shell.evaluate(
      (count) =>
        new Promise<number>((resolve) => {
          const target = `${count} work items`;
          const done = () => document.querySelector('omni-launcher .count')?.textContent === target;
          if (done()) return resolve(performance.timeOrigin + performance.now());
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve(performance.timeOrigin + performance.now());
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        }),
      n,
    );
  const settled = waitCount(200);
  const t0 = (await page.evaluate(() => {
    const c = (window as unknown as { omniConsoleSimulator: { control: { route(i: object): string; setStatus(s: string): void } } }).omniConsoleSimulator.control;
    const t = performance.timeOrigin + performance.now();
    for (let i = 0; i < 1000; i++) {
      if (i % 5 === 0) c.route({ type: 'Case', subject: `Burst ${i / 5}`, priority: 1, capacityWeight: 0 });
      else c.setStatus(i % 2 ? 'Available_Cases' : 'Available');
    }
    return t;
  })) as number;
  const settleMs = (await settled) - t0;
  const counted = Number((await shell.evaluate(() => document.querySelector('omni-launcher .count')?.textContent ?? '')).split(' ')[0]);
  const reconnects = ((await control('bridgeLoads')) as number) - loadsBefore;
  // Open the panel and let it draw its 200 items first: only each new item is timed.
  await shell.evaluate(() => (document.querySelector('omni-launcher button') as HTMLButtonElement).click());
  await shell.waitForFunction(() => document.querySelectorAll('omni-work-item-panel li').length === 200);
  const oneMore: { fromConsole: number; inPanel: number }[] = [];
  for (let k = 1; k <= ONE_MORE; k++) {
    await page.waitForTimeout(100);
    const rows = 200 + k;
    const appeared = shell.evaluate(
      (rows) =>
        new Promise<[number, number]>((resolve) => {
          const observer = new MutationObserver(() => {
            if (document.querySelectorAll('omni-work-item-panel li').length === rows) {
              observer.disconnect();
              const w = window as unknown as { __assigned: number[] };
              resolve([performance.timeOrigin + performance.now(), w.__assigned[w.__assigned.length - 1]]);
            }
          });
          observer.observe(document.querySelector('omni-work-item-panel')!, { subtree: true, childList: true });
        }),
      rows,
    );
    const t1 = (await page.evaluate((k) => {
      const t = performance.timeOrigin + performance.now();
      (window as unknown as { omniConsoleSimulator: { control: { route(i: object): string } } }).omniConsoleSimulator.control.route({ type: 'Case', subject: `One more ${k}`, priority: 1, capacityWeight: 0 });
      return t;
    }, k)) as number;
    const [rendered, arrived] = await appeared;
    oneMore.push({ fromConsole: rendered - t1, inPanel: rendered - arrived });
  }
  return { settleMs, counted, reconnects, oneMore };
}

/** The P5 baseline: 1,000 raw messages through a port to the console origin and back. */
export async function rawBurst(shell: Frame): Promise<number> {
  await openEcho(shell);
  return shell.evaluate(async () => {
    const port = (window as unknown as { __echo: MessagePort }).__echo;
    let back = 0;
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      port.onmessage = () => ++back === 1000 && resolve();
      for (let i = 0; i < 1000; i++) port.postMessage({ i, payload: 'x'.repeat(200) });
    });
    return performance.now() - t0;
  });
}
