/** P1 of the benchmarks: presence sync latency both ways, and its raw baseline. */
import type { Frame, Page } from '@playwright/test';
import { CONSOLE, openEcho } from './demo-harness';
import { rawStream } from './raw-trips';

/**
 * DC → Omni: from choosing a DC state until omni-mfe has the console's confirmation (a round
 * trip on the DC frame's clock, like the baseline), and the console's own part (its toolkit call
 * to its callback, on the console's clock). Each change starts once the last one is confirmed:
 * the sync writes Omni in order, so back-to-back changes would measure a queue, not the path.
 * Meanwhile a steady stream of raw round trips as in the baseline runs through the same frames
 * at random times (`rawAfter`, rawStream below): what the bare channel costs under the same load,
 * sampled independently of the changes, so that omni-mfe's own after-work on a change does not
 * inflate the baseline along with the result. A change not confirmed within 10 s is counted in
 * `lost` and the run goes on.
 */
export async function dcToOmni(
  page: Page,
  shell: Frame,
  n: number,
): Promise<{ confirmed: number[]; inConsole: number[]; rawAfter: number[]; lost: number; last: string }> {
  await page.evaluate(() => {
    const w = window as unknown as {
      omniConsoleSimulator: {
        sforce: { console: { presence: Record<string, (statusId: unknown, callback?: (r: unknown) => void) => void> } };
      };
      __consoleWork: number[];
    };
    w.__consoleWork = [];
    const presence = w.omniConsoleSimulator.sforce.console.presence;
    const original = presence['setServicePresenceStatus'];
    presence['setServicePresenceStatus'] = (statusId: unknown, callback?: (r: unknown) => void) => {
      const at = performance.now();
      return original(statusId, (r: unknown) => {
        w.__consoleWork.push(performance.now() - at);
        callback?.(r);
      });
    };
  });
  await openEcho(shell);
  await rawStream(shell, 'start');
  const confirmed: number[] = [];
  let lost = 0;
  let last = '';
  for (let i = 0; i < n; i++) {
    last = i % 2 ? 'ready' : 'not-ready';
    const times = await shell.evaluate(
      (value) =>
        new Promise<number | null>((resolve) => {
          const w = window as unknown as { __onConfirm?: (at: number) => void };
          const select = document.querySelector('select[name=dcState]') as HTMLSelectElement;
          select.value = value;
          const timer = setTimeout(() => ((w.__onConfirm = undefined), resolve(null)), 10_000);
          const t = performance.timeOrigin + performance.now();
          w.__onConfirm = (at) => {
            w.__onConfirm = undefined;
            clearTimeout(timer);
            resolve(at - t);
          };
          select.dispatchEvent(new Event('change'));
        }),
      last,
    );
    if (times === null) lost++;
    else confirmed.push(times);
  }
  const rawAfter = await rawStream(shell, 'stop');
  const inConsole = await page.evaluate(() => (window as unknown as { __consoleWork: number[] }).__consoleWork);
  return { confirmed, inConsole, rawAfter, lost, last };
}

/**
 * Records, in the DC frame, when the header's state selector is set (by the shell's session),
 * and tells the console at once over a port of its own: Omni → DC is then a round trip timed on
 * the console's clock alone (the console's change out, the DC header's news back). The same port
 * answers pings: the raw round trip console → DC frame → console it is compared with.
 */
async function watchDcHeader(page: Page, shell: Frame): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __dcPort?: MessagePort; __dcSeen: [string, number][]; __onDcSeen?: () => void };
    w.__dcSeen = [];
    addEventListener('message', (e) => {
      if (e.data !== 'bench-dc-port' || !e.ports[0]) return;
      w.__dcPort = e.ports[0];
      w.__dcPort.onmessage = (m) => {
        w.__dcSeen.push([m.data as string, performance.now()]);
        w.__onDcSeen?.();
      };
    });
  });
  await shell.evaluate((consoleOrigin) => {
    const w = window as unknown as { __dcAt: [string, number][] };
    w.__dcAt = [];
    const channel = new MessageChannel();
    const port = channel.port1;
    port.onmessage = () => port.postMessage('pong');
    window.top!.postMessage('bench-dc-port', consoleOrigin, [channel.port2]);
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
        port.postMessage(v);
      },
    });
  }, CONSOLE);
  await page.waitForFunction(() => !!(window as unknown as { __dcPort?: MessagePort }).__dcPort);
}

/** In the console: one round trip to the DC frame and back on the port, in ms. */
const PING = () =>
  new Promise<number>((resolve) => {
    const w = window as unknown as { __dcSeen: [string, number][]; __onDcSeen?: () => void; __dcPort: MessagePort };
    const from = w.__dcSeen.length;
    const t0 = performance.now();
    w.__onDcSeen = () => {
      if (!w.__dcSeen.slice(from).some(([v]) => v === 'pong')) return;
      w.__onDcSeen = undefined;
      resolve(performance.now() - t0);
    };
    w.__dcPort.postMessage('ping');
  });

/**
 * Omni → DC: from the widget's status change until the console hears that the DC header shows
 * the paired state, on the console's clock, with a raw round trip console → DC → console right
 * after each change (the same load) and `quiet` ones before any; and the part spent in omni-mfe
 * (from its port handler to the header, on the DC frame's clock; see stampArrivals).
 */
export async function omniToDc(
  page: Page,
  shell: Frame,
  n: number,
): Promise<{ total: number[]; inMfe: number[]; rawAfter: number[]; quiet: number[]; lost: number }> {
  await watchDcHeader(page, shell);
  const quiet: number[] = [];
  for (let i = 0; i < n + 20; i++) {
    const t = await page.evaluate(PING);
    if (i >= 20) quiet.push(t);
  }
  const total: number[] = [];
  const inMfe: number[] = [];
  const rawAfter: number[] = [];
  let lost = 0;
  for (let i = 0; i < n; i++) {
    const [api, dcKey] = i % 2 ? ['Available', 'ready'] : ['On_Break', 'not-ready:break'];
    const arrived = await shell.evaluate(() => (window as unknown as { __arrive: unknown[] }).__arrive.length);
    const seen = await shell.evaluate(() => (window as unknown as { __dcAt: unknown[] }).__dcAt.length);
    const took = await page.evaluate(
      ({ api, key }) =>
        new Promise<number | null>((resolve) => {
          const w = window as unknown as {
            __dcSeen: [string, number][];
            __onDcSeen?: () => void;
            omniConsoleSimulator: { control: { setStatus(x: string): void } };
          };
          const from = w.__dcSeen.length;
          const timer = setTimeout(() => ((w.__onDcSeen = undefined), resolve(null)), 10_000);
          const t0 = performance.now();
          w.__onDcSeen = () => {
            const hit = w.__dcSeen.slice(from).find(([v]) => v === key);
            if (!hit) return;
            w.__onDcSeen = undefined;
            clearTimeout(timer);
            resolve(hit[1] - t0);
          };
          w.omniConsoleSimulator.control.setStatus(api);
        }),
      { api, key: dcKey },
    );
    if (took === null) {
      lost++;
      continue;
    }
    total.push(took);
    rawAfter.push(await page.evaluate(PING));
    const [arrive, header] = await shell.evaluate(
      ({ a, h, key }) => {
        const w = window as unknown as { __arrive: number[]; __dcAt: [string, number][] };
        return [w.__arrive[a], w.__dcAt.slice(h).find(([v]) => v === key)![1]];
      },
      { a: arrived, h: seen, key: dcKey },
    );
    inMfe.push(header - arrive);
  }
  return { total, inMfe, rawAfter, quiet, lost };
}
