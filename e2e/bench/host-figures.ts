/**
 * P3 and P4: each remote mounted directly through its `./lifecycles` on a bare host page (no
 * shell, no single-spa) framed by the simulated console, so that omni-mfe and the floor app are
 * measured the same way, and omni-mfe runs as agents run it: configured, connected, with traffic.
 */
import type { Browser, Frame, Page } from '@playwright/test';
import { LEAK_PROBE, READ_LEAKS, type LeakCounts } from '../support/leak-probe';
import { CONSOLE, consoleControl } from './demo-harness';
import { heapSplit, type HeapSplit } from './heap-split';

export const HOST = 'http://127.0.0.1:4210';
export const REMOTES = {
  omni: {
    url: 'http://127.0.0.1:4201/remoteEntry.js',
    container: 'omniMfe',
    ready: '[aria-label="Omni-Channel for Desktop Connect"]',
  },
  floor: { url: 'http://127.0.0.1:4202/remoteEntry.js', container: 'omniFloor', ready: '[aria-label="Floor app"]' },
};
export type Remote = keyof typeof REMOTES;
/** OMNI_BENCH_QUICK=1: a trial run of the harness itself, fewer of everything; it writes no report. */
export const QUICK = process.env['OMNI_BENCH_QUICK'] === '1';
// The quick run's P3 counts are enough for a median that its noise margin can hold (2 were not).
export const MOUNTS = QUICK ? 12 : 40;
export const COLD_MOUNTS = QUICK ? 7 : 20;
export const CYCLES = Number(process.env['OMNI_BENCH_CYCLES'] ?? (QUICK ? 20 : 200));
/** P4 reads the heap after these cycles: the first, the end of the warm-up, the last. */
export const WARM = CYCLES / 2;

type Bench = {
  bench: {
    load(): Promise<void>;
    mount(): Promise<number>;
    unmount(): Promise<number>;
    connected(): Promise<void>;
    untilDcState(kind: string): Promise<void>;
    setDcState(kind: string): void;
    untilPresence(name: string): Promise<void>;
    workOneItem(label: string): Promise<void>;
    leaveItem(label: string, dialog: boolean): Promise<void>;
  };
};

/** Opens the console with the bench host as its softphone and loads the remote's lifecycles. */
export async function openHost(page: Page, which: Remote): Promise<Frame> {
  await page.goto(hostInConsole(which));
  await consoleControl(page, 'setStatus', 'Available');
  const frame = await waitForFrame(page);
  await frame.evaluate(() => (window as unknown as Bench).bench.load());
  return frame;
}

/** The console's page with the bench host, for `which`, as its softphone; `autostart`: see bench-host.ts. */
export function hostInConsole(which: Remote, autostart = false, spy = false): string {
  const r = REMOTES[which];
  const host = `${HOST}/bench-host.html?remote=${encodeURIComponent(r.url)}&container=${r.container}&ready=${encodeURIComponent(r.ready)}${autostart ? '&autostart=1' : ''}${spy ? '&spy=1' : ''}`;
  return `${CONSOLE}/?dc=${encodeURIComponent(host)}`;
}

export async function waitForFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().startsWith(HOST));
    if (frame && (await frame.evaluate(() => 'bench' in window).catch(() => false))) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error('the bench host did not load in the console');
}

/** P3 warm: mount to first render, MOUNTS mounts in one page after 3 warm-ups. */
export async function mountTimes(page: Page, which: Remote): Promise<number[]> {
  const frame = await openHost(page, which);
  return frame.evaluate(async (n) => {
    const times: number[] = [];
    for (let i = 0; i < n + 3; i++) {
      const t = await (window as unknown as Bench).bench.mount();
      if (i >= 3) times.push(t);
      await (window as unknown as Bench).bench.unmount();
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
    const frame = await openHost(page, which);
    times.push(await frame.evaluate(() => (window as unknown as Bench).bench.mount()));
    await page.close();
  }
  return times;
}

/**
 * How cycle k ends: a third of the cycles unmount with the item left in the open panel, a third
 * with its Decline dialog open too, a third with the panel emptied (accepted, closed). An item
 * left is still Assigned in the console: the next cycle's mount reads it back and works it first.
 */
const ending = (k: number): 'worked' | 'left' | 'dialog' => (['worked', 'left', 'dialog'] as const)[k % 3];

/**
 * One P4 cycle. omni-mfe: mount, wait until connected and in sync (working the item the last
 * cycle left), a status change from the console (DC follows) and one from DC (the console
 * follows), an item routed into the panel, then unmount as `ending` says. The floor app: mount
 * and unmount. Returns the nodes the unmount left in the container.
 */
export async function cycle(page: Page, frame: Frame, which: Remote, k: number): Promise<number> {
  if (which === 'floor')
    return frame.evaluate(
      async () => (await (window as unknown as Bench).bench.mount(), (window as unknown as Bench).bench.unmount()),
    );
  await frame.evaluate(
    async (left) => {
      const { bench } = window as unknown as Bench;
      await bench.mount();
      await bench.connected();
      if (left) await bench.workOneItem(left);
    },
    k > 1 && ending(k - 1) !== 'worked' ? `Cycle ${k - 1}` : null,
  );
  await consoleControl(page, 'setStatus', 'On_Break');
  await frame.evaluate(async () => {
    await (window as unknown as Bench).bench.untilDcState('not-ready');
    (window as unknown as Bench).bench.setDcState('ready');
    await (window as unknown as Bench).bench.untilPresence('Available');
  });
  await consoleControl(page, 'route', { type: 'Case', subject: `Cycle ${k}`, priority: 1, capacityWeight: 1 });
  return frame.evaluate(
    async ({ label, end }) => {
      const { bench } = window as unknown as Bench;
      if (end === 'worked') await bench.workOneItem(label);
      else await bench.leaveItem(label, end === 'dialog');
      return bench.unmount();
    },
    { label: `Cycle ${k}`, end: ending(k) },
  );
}

export interface LeakFigures {
  heap: { first: number; warm: number; last: number };
  split: { first: HeapSplit; warm: HeapSplit; last: HeapSplit };
  /** Probe counts in the host frame before the first mount and after the last unmount. */
  before: LeakCounts;
  after: LeakCounts;
  /** The most nodes any unmount left in the container. */
  leftInContainer: number;
}

/** P4: CYCLES cycles; heap after forced GC after cycle 1, WARM and CYCLES; the probe's counts. */
export async function leakCheck(browser: Browser, which: Remote): Promise<LeakFigures> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript(LEAK_PROBE);
  try {
    const frame = await openHost(page, which);
    // The host is on another site than the console: its own process, its own heap.
    const cdp = await page.context().newCDPSession(frame);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await frame.evaluate(READ_LEAKS);
    let leftInContainer = 0;
    const run = async (from: number, to: number) => {
      for (let k = from; k <= to; k++) {
        const left = await cycle(page, frame, which, k).catch((err: Error) => {
          throw new Error(`P4 ${which}, cycle ${k}: ${err.message}`);
        });
        leftInContainer = Math.max(leftInContainer, left);
      }
      // Let what the last unmount scheduled run out (a short time-out may still be pending).
      await page.waitForTimeout(500);
      return { heap: await heap(), split: await heapSplit(cdp) };
    };
    const first = await run(1, 1);
    const warm = await run(2, WARM);
    const last = await run(WARM + 1, CYCLES);
    const after = await frame.evaluate(READ_LEAKS);
    return {
      heap: { first: first.heap, warm: warm.heap, last: last.heap },
      split: { first: first.split, warm: warm.split, last: last.split },
      before,
      after,
      leftInContainer,
    };
  } finally {
    await page.close();
  }
}
