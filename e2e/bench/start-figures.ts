/**
 * S: what an agent waits for when Desktop Connect starts: from the DC frame's start (navigation)
 * until omni-mfe is connected to the console and in sync, on that frame's clock, with a cold HTTP
 * cache (a fresh browser context) and a warm one (the same page loaded again). The baseline, on
 * the same pages: the floor app's load and mount plus one raw handshake with the console's origin.
 * The bench host stands in for the shell: it mounts at once with a logged-in DC session. Then a
 * bridge reload: from reloading omni-mfe's bridge iframe until omni-mfe has the new bridge's
 * answer to its re-read of the console's work and shows connected and in sync again, against a
 * page on the console's origin reloaded and handshaken with in the same frame.
 */
import type { Browser, Frame } from '@playwright/test';
import { guardAll, ms, quantile, row, times, type Row } from './figures';
import { hostInConsole, QUICK, waitForFrame, type Remote } from './host-figures';

/** Pages measured, each once cold and once warm. */
export const STARTS = QUICK ? 4 : 12;

const syncedAt = async (frame: Frame): Promise<number> =>
  (
    await frame.waitForFunction(() => (window as unknown as { __syncedAt?: number }).__syncedAt, undefined, {
      timeout: 20_000,
    })
  ).jsonValue() as Promise<number>;

export async function startToSync(browser: Browser, which: Remote): Promise<{ cold: number[]; warm: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const page = await browser.newPage();
    try {
      await page.goto(hostInConsole(which, true));
      cold.push(await syncedAt(await waitForFrame(page)));
      await page.reload();
      warm.push(await syncedAt(await waitForFrame(page)));
    } finally {
      await page.close();
    }
  }
  return { cold, warm };
}

type Starts = Awaited<ReturnType<typeof startToSync>>;

export async function reloadToSync(browser: Browser): Promise<{ omni: number[]; raw: number[] }> {
  const page = await browser.newPage();
  try {
    await page.goto(hostInConsole('omni', true, true));
    const frame = await waitForFrame(page);
    await syncedAt(frame);
    type R = { bench: { reloadToSync(): Promise<number>; rawReload(): Promise<number> } };
    const omni: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      omni.push(await frame.evaluate(() => (window as unknown as R).bench.reloadToSync()));
      await page.waitForTimeout(300);
      raw.push(await frame.evaluate(() => (window as unknown as R).bench.rawReload()));
      await page.waitForTimeout(300);
    }
    return { omni, raw };
  } finally {
    await page.close();
  }
}

export function reloadRow(r: Awaited<ReturnType<typeof reloadToSync>>): Row {
  const [o, b] = [quantile(r.omni, 0.5), quantile(r.raw, 0.5)];
  return guardAll(
    [
      row(
        `S a bridge reload → omni-mfe connected and in sync again (its re-read answered), median of ${r.omni.length}`,
        ms(o),
        `${ms(b)} (a page on the console's origin reloaded, a new port, one round trip)`,
        times(o, b),
      ),
    ],
    [['S.reload.median.ratio', o / b, 'x', 0.5]],
  )[0];
}

export function startRows(o: Starts, f: Starts): Row[] {
  const m = (xs: number[]) => quantile(xs, 0.5);
  const line = (what: 'cold' | 'warm') =>
    row(
      `S the DC frame's start → omni-mfe connected and in sync with the console, ${what} cache, median of ${o[what].length}`,
      ms(m(o[what])),
      `${ms(m(f[what]))} (floor app mounted, then a raw handshake with the console's origin)`,
      times(m(o[what]), m(f[what])),
    );
  return guardAll(
    [line('cold'), line('warm')],
    [
      ['S.cold.median.ratio', m(o.cold) / m(f.cold), 'x', 0.3],
      ['S.warm.median.ratio', m(o.warm) / m(f.warm), 'x', 0.3],
    ],
  );
}
