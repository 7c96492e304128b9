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

/**
 * DC → Omni: from choosing a DC state until omni-mfe has the console's confirmation (a round
 * trip, like the baseline), and the one-way part up to the toolkit's setServicePresenceStatus
 * call. Each change starts once the last one is confirmed: the sync writes Omni in order, so
 * back-to-back changes would measure a queue, not the path. After each confirmation, one raw
 * round trip as in the baseline (`rawAfter`): what the bare channel costs at that moment.
 */
export async function dcToOmni(page: Page, shell: Frame, n: number): Promise<{ confirmed: number[]; toToolkit: number[]; inConsole: number[]; rawAfter: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { omniConsoleSimulator: { sforce: { console: { presence: Record<string, (statusId: unknown, callback?: (r: unknown) => void) => void> } } }; __consoleAt: number[]; __consoleWork: number[] };
    w.__consoleAt = [];
    w.__consoleWork = [];
    const presence = w.omniConsoleSimulator.sforce.console.presence;
    const original = presence['setServicePresenceStatus'];
    presence['setServicePresenceStatus'] = (statusId: unknown, callback?: (r: unknown) => void) => {
      const at = performance.timeOrigin + performance.now();
      w.__consoleAt.push(at);
      return original(statusId, (r: unknown) => {
        w.__consoleWork.push(performance.timeOrigin + performance.now() - at);
        callback?.(r);
      });
    };
  });
  await openEcho(shell);
  const sent: number[] = [];
  const confirmed: number[] = [];
  const rawAfter: number[] = [];
  for (let i = 0; i < n; i++) {
    const [t0, t1, raw] = await shell.evaluate(
      (value) =>
        new Promise<[number, number, number]>((resolve) => {
          const w = window as unknown as { __onConfirm?: (at: number) => void; __echo: MessagePort };
          const select = document.querySelector('select[name=dcState]') as HTMLSelectElement;
          select.value = value;
          const t = performance.timeOrigin + performance.now();
          w.__onConfirm = (at) => {
            w.__onConfirm = undefined;
            // The same raw round trip as the baseline, right away: under the load the change left.
            const port = w.__echo;
            const r0 = performance.now();
            port.onmessage = () => resolve([t, at, performance.now() - r0]);
            port.postMessage(0);
          };
          select.dispatchEvent(new Event('change'));
        }),
      i % 2 ? 'ready' : 'not-ready',
    );
    sent.push(t0);
    confirmed.push(t1 - t0);
    rawAfter.push(raw);
  }
  const { at, work } = await page.evaluate(() => {
    const w = window as unknown as { __consoleAt: number[]; __consoleWork: number[] };
    return { at: w.__consoleAt, work: w.__consoleWork };
  });
  return { confirmed, toToolkit: sent.map((t, i) => at[i] - t), inConsole: work, rawAfter };
}

/** Records, in the DC frame, when the header's state selector is set (by the shell's session). */
async function watchDcHeader(shell: Frame): Promise<void> {
  await shell.evaluate(() => {
    const w = window as unknown as { __dcAt: [string, number][]; __onDc?: () => void };
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
        w.__onDc?.();
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
          // Woken by the header's setter rather than polled, so that waiting adds no frames.
          const w = window as unknown as { __dcAt: [string, number][]; __onDc?: () => void };
          const look = () => {
            const hit = w.__dcAt.slice(from).find(([v]) => v === key);
            if (!hit) return;
            w.__onDc = undefined;
            resolve(hit[1]);
          };
          w.__onDc = look;
          look();
        }),
      { key: dcKey, from: seen },
    );
    times.push(at - t0);
    inMfe.push(at - (await shell.evaluate((k) => (window as unknown as { __arrive: number[] }).__arrive[k], arrived)));
  }
  return { total: times, inMfe };
}
