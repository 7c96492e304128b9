/**
 * P3 and P4: each remote mounted directly through its `./lifecycles` on a bare host page (no
 * shell, no single-spa), so that omni-mfe and the floor app are measured the same way.
 */
import type { Browser, Page } from '@playwright/test';
import { heapSplit } from './heap-split';

const HOST = 'http://127.0.0.1:4210';
export const REMOTES = {
  omni: { url: 'http://127.0.0.1:4201/remoteEntry.js', container: 'omniMfe', ready: '[aria-label="Omni-Channel for Desktop Connect"]' },
  floor: { url: 'http://127.0.0.1:4202/remoteEntry.js', container: 'omniFloor', ready: '[aria-label="Floor app"]' },
};
export type Remote = keyof typeof REMOTES;
export const MOUNTS = 40;
export const COLD_MOUNTS = 20;
export const CYCLES = 200;

type Bench = { bench: { mount(): Promise<number>; unmount(): Promise<void> } };

async function openHost(page: Page, which: Remote): Promise<void> {
  const r = REMOTES[which];
  await page.goto(`${HOST}/bench-host.html?remote=${encodeURIComponent(r.url)}&container=${r.container}&ready=${encodeURIComponent(r.ready)}`);
  await page.evaluate(() => (window as unknown as { bench: { load(): Promise<void> } }).bench.load());
}

/** P3 warm: mount to first render, MOUNTS mounts in one page after 3 warm-ups. */
export async function mountTimes(page: Page, which: Remote): Promise<number[]> {
  await openHost(page, which);
  return page.evaluate(async (n) => {
    const bench = (window as unknown as Bench).bench;
    const times: number[] = [];
    for (let i = 0; i < n + 3; i++) {
      const t = await bench.mount();
      if (i >= 3) times.push(t);
      await bench.unmount();
    }
    return times;
  }, MOUNTS);
}

/**
 * P3 cold: the first mount in a fresh page, as an agent's desktop does once a shift: the code
 * has not run in that page yet (V8 may still have compiled it for an earlier page). COLD_MOUNTS pages.
 */
export async function coldMountTimes(browser: Browser, which: Remote): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < COLD_MOUNTS; i++) {
    const page = await browser.newPage();
    await openHost(page, which);
    times.push(await page.evaluate(() => (window as unknown as Bench).bench.mount()));
    await page.close();
  }
  return times;
}

/** P4: heap after forced GC, after cycle 1 and after CYCLES; listeners left on window and document. */
export async function leakCheck(page: Page, which: Remote) {
  await openHost(page, which);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const listeners = async () => {
    let n = 0;
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      n += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! })).listeners.length;
    }
    return n;
  };
  const cycle = (k: number) => page.evaluate(async (count) => {
    const bench = (window as unknown as Bench).bench;
    for (let i = 0; i < count; i++) {
      await bench.mount();
      await bench.unmount();
    }
  }, k);
  const listenersBefore = await listeners();
  await cycle(1);
  const heap1 = await heap();
  const split1 = await heapSplit(cdp);
  await cycle(CYCLES - 1);
  const heapN = await heap();
  const splitN = await heapSplit(cdp);
  return { heap1, heapN, split1, splitN, listenersLeft: (await listeners()) - listenersBefore };
}
