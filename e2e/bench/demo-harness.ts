/**
 * The demo rewired for P1 and P5: the console on another site than the shell (localhost against
 * 127.0.0.1) so that Chromium puts the frames in separate processes, as production does.
 * Times taken in frames are absolute (timeOrigin + now), so that frames can be compared.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { orgFiles } from '../servers/demo-sites';
import { extraOriginPages } from '../servers/extra-origin-pages';
import type { StaticSite } from '../servers/static-site';

const dist = resolve(__dirname, '../../dist');
export const CONSOLE = 'http://localhost:4300';
export const SHELL = 'http://127.0.0.1:4200';
/** The bench host (P3, P4) frames omni-mfe as Desktop Connect does, from its own origin. */
export const BENCH_HOST = 'http://127.0.0.1:4210';

/** A page on the console's origin that answers every message on its port: the raw baseline. */
const ECHO_HTML = `<!doctype html><title>echo</title><script src="echo.js"></script>`;
const ECHO_JS = `addEventListener('message', (e) => { const port = e.ports[0]; if (!port) return; port.onmessage = (m) => port.postMessage(m.data); });`;

/** The demo's sites, rewired for the cross-site measurement, without the demo's CSP. */
export function latencySites(): StaticSite[] {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'shell/dc-manifest.json'), 'utf8'));
  manifest.console = { origin: CONSOLE, bridgeUrl: `${CONSOLE}/bridge.html` };
  // The Lightning console's softphone: Open CTI from the console's origin, as the demo's, rewired.
  const lightning = JSON.parse(readFileSync(resolve(dist, 'shell/dc-manifest.lightning.json'), 'utf8'));
  lightning.console = {
    ...lightning.console,
    origin: CONSOLE,
    openCtiUrl: `${CONSOLE}${new URL(lightning.console.openCtiUrl).pathname}`,
  };
  return [
    {
      name: 'console',
      // The relay's script and the org's files it obeys serve the Lightning console (relay-reload.ts).
      roots: [resolve(dist, 'console-sim'), resolve(dist, 'bridge'), resolve(dist, 'relay')],
      port: 4300,
      noCache: /^$/,
      overrides: {
        '/echo.html': { type: 'text/html', body: ECHO_HTML },
        '/echo.js': { type: 'text/javascript', body: ECHO_JS },
        // The bridge page's config and the console's ?dc= list allow the bench host too, as an
        // operator would configure them (the product's pages, served with another config).
        ...extraOriginPages(dist, [BENCH_HOST]),
        ...orgFiles(),
      },
    },
    {
      name: 'shell',
      roots: [resolve(dist, 'shell')],
      port: 4200,
      noCache: /json$/,
      overrides: {
        '/dc-manifest.json': { type: 'application/json', body: JSON.stringify(manifest) },
        '/dc-manifest.lightning.json': { type: 'application/json', body: JSON.stringify(lightning) },
      },
    },
  ];
}

/** Calls the simulator's control API (docs/QA.md) in the console page. */
export function consoleControl<T = unknown>(page: Page, fn: string, arg?: unknown): Promise<T> {
  return page.evaluate(
    ({ fn, arg }) =>
      (
        window as unknown as { omniConsoleSimulator: { control: Record<string, (a?: unknown) => unknown> } }
      ).omniConsoleSimulator.control[fn](arg),
    { fn, arg },
  ) as Promise<T>;
}

const shellFrame = (page: Page): Frame => {
  const frame = page.frames().find((f) => f.url().startsWith(SHELL));
  if (!frame) throw new Error('no Desktop Connect frame');
  return frame;
};

/**
 * Stamps, in the DC frame, what omni-mfe's port handler receives: when a presence change or a
 * work item arrives (it splits a figure into the browser's delivery and omni-mfe's work), and when
 * omni-mfe has taken in the console's answer to a presence write (the end of DC → Omni; it
 * calls `__onConfirm`). Must run before the page loads.
 */
export async function stampArrivals(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (location.port !== '4200') return;
    const w = window as unknown as { __arrive: number[]; __assigned: number[]; __onConfirm?: (at: number) => void };
    w.__arrive = [];
    w.__assigned = [];
    const now = () => performance.timeOrigin + performance.now();
    // Whether the frame is in its rendering step (animation frame callbacks run, paint follows
    // before any task): a change made then is painted in this frame, otherwise in the next.
    // Each frame's rendering is stamped when its first animation frame callback runs (P5 counts
    // the frames rendered between an item's arrival and the frame that paints its row).
    const r = window as unknown as { __rendering: boolean; __frameRun: number; __frameRuns: number[] };
    r.__rendering = false;
    r.__frameRuns = [];
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb: FrameRequestCallback) =>
      raf((ts) => {
        if (!r.__rendering) {
          r.__rendering = true;
          r.__frameRun = now();
          r.__frameRuns.push(r.__frameRun);
          if (r.__frameRuns.length > 10_000) r.__frameRuns.splice(0, 5_000);
          setTimeout(() => (r.__rendering = false), 0);
        }
        cb(ts);
      });
    const desc = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!;
    Object.defineProperty(MessagePort.prototype, 'onmessage', {
      configurable: true,
      get() {
        return desc.get!.call(this);
      },
      set(fn: ((e: MessageEvent) => void) | null) {
        desc.set!.call(
          this,
          fn &&
            ((e: MessageEvent) => {
              const data = e.data as { kind?: string; type?: string } | null;
              if (data?.type === 'presenceChanged') w.__arrive.push(now());
              if (data?.type === 'workAssigned') w.__assigned.push(now());
              fn(e);
              if (data?.kind === 'response' && data.type === 'setPresence') w.__onConfirm?.(now());
            }),
        );
      },
    });
  });
}

/** Opens the console (Classic, or Lightning) with DC logged in and Ready, synced. */
export async function openDemo(page: Page, kind: 'classic' | 'lightning' = 'classic'): Promise<Frame> {
  await page.goto(
    `${CONSOLE}/?${kind === 'lightning' ? 'console=lightning&' : ''}dc=${encodeURIComponent(`${SHELL}/`)}`,
  );
  const dc = page.frameLocator('iframe[title="Desktop Connect softphone"]');
  await dc.getByRole('status', { name: 'Console connection' }).filter({ hasText: 'Connected' }).waitFor();
  await page.evaluate(() =>
    (
      window as unknown as { omniConsoleSimulator: { control: { setStatus(s: string): void } } }
    ).omniConsoleSimulator.control.setStatus('Available'),
  );
  await dc.getByRole('textbox', { name: 'Agent ID' }).fill('1001');
  await dc.getByRole('button', { name: 'Log in' }).click();
  await dc.getByRole('combobox', { name: 'DC state' }).selectOption({ label: 'Ready' });
  await dc.getByRole('status', { name: 'Omni-Channel sync' }).filter({ hasText: 'in sync' }).waitFor();
  return shellFrame(page);
}

/** Opens, in the DC frame, a port to an echo page on the console's origin (once per frame). */
export async function openEcho(shell: Frame): Promise<void> {
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
