/**
 * P1 and P5 of the benchmarks: presence sync latency and a burst of events, in the full demo
 * (console → shell → omni-mfe → bridge), with the console on another site than the shell
 * (localhost against 127.0.0.1) so that Chromium puts the frames in separate processes.
 * Times are absolute (timeOrigin + now) so that frames can be compared.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import type { StaticSite } from '../servers/static-site';

const dist = resolve(__dirname, '../../dist');
export const CONSOLE = 'http://localhost:4300';
const SHELL = 'http://127.0.0.1:4200';

/** A page on the console's origin that answers every message on its port: the raw baseline. */
const ECHO_HTML = `<!doctype html><title>echo</title><script src="echo.js"></script>`;
const ECHO_JS = `addEventListener('message', (e) => { const port = e.ports[0]; if (!port) return; port.onmessage = (m) => port.postMessage(m.data); });`;

/** The demo's sites, rewired for the cross-site measurement, without the demo's CSP. */
export function latencySites(): StaticSite[] {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'shell/dc-manifest.json'), 'utf8'));
  manifest.console = { origin: CONSOLE, bridgeUrl: `${CONSOLE}/bridge.html` };
  return [
    {
      name: 'console',
      roots: [resolve(dist, 'console-sim'), resolve(dist, 'bridge')],
      port: 4300,
      noCache: /^$/,
      overrides: { '/echo.html': { type: 'text/html', body: ECHO_HTML }, '/echo.js': { type: 'text/javascript', body: ECHO_JS } },
    },
    { name: 'shell', roots: [resolve(dist, 'shell')], port: 4200, noCache: /json$/, overrides: { '/dc-manifest.json': { type: 'application/json', body: JSON.stringify(manifest) } } },
  ];
}

const shellFrame = (page: Page): Frame => {
  const frame = page.frames().find((f) => f.url().startsWith(SHELL));
  if (!frame) throw new Error('no Desktop Connect frame');
  return frame;
};

/**
 * Stamps, in the DC frame, when omni-mfe's port handler receives a presence change: it splits
 * Omni → DC into the browser's delivery and omni-mfe's own work. Must run before the page loads.
 */
export async function stampArrivals(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (location.port !== '4200') return;
    const w = window as unknown as { __arrive: number[] };
    w.__arrive = [];
    const desc = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!;
    Object.defineProperty(MessagePort.prototype, 'onmessage', {
      configurable: true,
      get() {
        return desc.get!.call(this);
      },
      set(fn: ((e: MessageEvent) => void) | null) {
        desc.set!.call(this, fn && ((e: MessageEvent) => {
          if ((e.data as { type?: string })?.type === 'presenceChanged') w.__arrive.push(performance.timeOrigin + performance.now());
          return fn(e);
        }));
      },
    });
  });
}

/** Opens the console with DC logged in and Ready, synced. */
export async function openDemo(page: Page): Promise<Frame> {
  await page.goto(`${CONSOLE}/?dc=${encodeURIComponent(`${SHELL}/`)}`);
  const dc = page.frameLocator('iframe[title="Desktop Connect softphone"]');
  await dc.getByRole('status', { name: 'Console connection' }).filter({ hasText: 'Connected' }).waitFor();
  await page.evaluate(() => (window as unknown as { omniConsoleSimulator: { control: { setStatus(s: string): void } } }).omniConsoleSimulator.control.setStatus('Available'));
  await dc.getByRole('textbox', { name: 'Agent ID' }).fill('1001');
  await dc.getByRole('button', { name: 'Log in' }).click();
  await dc.getByRole('combobox', { name: 'DC state' }).selectOption({ label: 'Ready' });
  await dc.getByRole('status', { name: 'Omni-Channel sync' }).filter({ hasText: 'in sync' }).waitFor();
  return shellFrame(page);
}

/** Opens, in the DC frame, a port to an echo page on the console's origin (once per frame). */
async function openEcho(shell: Frame): Promise<void> {
  await shell.evaluate(async (url) => {
    const w = window as unknown as { __echo?: MessagePort };
    if (w.__echo) return;
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.hidden = true;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const channel = new MessageChannel();
    frame.contentWindow!.postMessage('port', new URL(url).origin, [channel.port2]);
    w.__echo = channel.port1;
  }, `${CONSOLE}/echo.html`);
}

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

/**
 * P5: 200 work items and 800 presence changes fired at full speed by the console. Returns the
 * time until the panel counts all 200 (events lost = 200 - count, with no reconnect to hide a
 * loss), and the time one more item takes, from the console's route to its row in an open
 * panel of 200 (the console's own work and the bridge hops included).
 */
export async function burst(page: Page, shell: Frame): Promise<{ settleMs: number; counted: number; reconnects: number; oneMoreMs: number }> {
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
  // Open the panel and let it draw its 200 items first: only the one new item is timed.
  await shell.evaluate(() => (document.querySelector('omni-launcher button') as HTMLButtonElement).click());
  await shell.waitForFunction(() => document.querySelectorAll('omni-work-item-panel li').length === 200);
  await page.waitForTimeout(200);
  const appeared = shell.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll('omni-work-item-panel li').length === 201) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(document.querySelector('omni-work-item-panel')!, { subtree: true, childList: true });
      }),
  );
  const t1 = (await page.evaluate(() => {
    const t = performance.timeOrigin + performance.now();
    (window as unknown as { omniConsoleSimulator: { control: { route(i: object): string } } }).omniConsoleSimulator.control.route({ type: 'Case', subject: 'One more', priority: 1, capacityWeight: 0 });
    return t;
  })) as number;
  const oneMoreMs = (await appeared) - t1;
  return { settleMs, counted, reconnects, oneMoreMs };
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
