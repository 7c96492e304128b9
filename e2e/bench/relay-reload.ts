/**
 * S in the Lightning console: from the simulated console restarting the relay (its reloadBridge
 * control) until omni-mfe has the new relay's answer to its re-read of the console's work and
 * shows connected and in sync again, on the demo's own shell. The baseline, in the same DC frame
 * and the same run, is the Classic row's: a page on the console's origin reloaded, a new port to
 * it, one round trip. Times are absolute (timeOrigin + now) so that the console's page and the DC
 * frame can be compared.
 */
import type { Browser, Frame, Page } from '@playwright/test';
import { CONSOLE, openDemo, SHELL } from './demo-harness';
import { guardAll, ms, quantile, row, times, type Row } from './figures';
import { STARTS } from './start-figures';

/** How long omni-mfe may take to be in sync again before the reload counts as never. */
const DEADLINE_MS = 10_000;

/**
 * Stamps, in the DC frame, each answer to a re-read of the console's work (getAgentWorks) that the
 * relay delivers through Open CTI's message service. Must run before the page loads.
 */
async function stampResyncs(page: Page): Promise<void> {
  await page.addInitScript((shell) => {
    if (location.origin !== shell) return;
    const w = window as unknown as { __resyncs: number[] };
    w.__resyncs = [];
    addEventListener('message', (e: MessageEvent) => {
      const d = e.data as { op?: string; message?: { envelope?: { kind?: string; type?: string } } } | null;
      const env = d?.op === 'deliver' ? d.message?.envelope : undefined;
      if (env?.kind === 'response' && env.type === 'getAgentWorks')
        w.__resyncs.push(performance.timeOrigin + performance.now());
    });
  }, SHELL);
}

/** One relay reload: ms from the console's reloadBridge until omni-mfe is re-read and in sync. */
async function relayReload(page: Page, shell: Frame): Promise<number> {
  const before = await shell.evaluate(() => (window as unknown as { __resyncs: number[] }).__resyncs.length);
  const t0 = await page.evaluate(() => {
    const t = performance.timeOrigin + performance.now();
    (
      window as unknown as { omniConsoleSimulator: { control: { reloadBridge(): void } } }
    ).omniConsoleSimulator.control.reloadBridge();
    return t;
  });
  const end = await shell.evaluate(
    ({ before, deadline }) =>
      new Promise<number>((resolve, reject) => {
        const status = (name: string) =>
          [...document.querySelectorAll('[role=status]')]
            .find((e) => e.getAttribute('aria-label') === name)
            ?.textContent?.trim() ?? '';
        const t = performance.now();
        const look = () => {
          const answered = (window as unknown as { __resyncs: number[] }).__resyncs.length > before;
          if (
            answered &&
            status('Console connection') === 'Connected to the Salesforce console' &&
            status('Omni-Channel sync').startsWith('Sync: in sync')
          )
            return resolve(performance.timeOrigin + performance.now());
          if (performance.now() - t > deadline)
            return reject(
              new Error(
                `no resync after a relay reload within ${deadline} ms (re-read answered: ${answered}; ` +
                  `${status('Console connection')}; ${status('Omni-Channel sync')})`,
              ),
            );
          setTimeout(look, 5);
        };
        look();
      }),
    { before, deadline: DEADLINE_MS },
  );
  return end - t0;
}

/** The baseline, in the DC frame: a page on the console's origin reloaded, a new port, one round trip. */
function rawReload(shell: Frame): Promise<number> {
  return shell.evaluate(async (origin) => {
    let frame = document.querySelector<HTMLIFrameElement>('iframe[data-raw-reload]');
    if (!frame) {
      frame = document.createElement('iframe');
      frame.dataset['rawReload'] = '';
      frame.hidden = true;
      frame.src = `${origin}/echo.html`;
      const first = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      await first;
    }
    const t0 = performance.now();
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.setAttribute('src', frame.src);
    await loaded;
    const channel = new MessageChannel();
    frame.contentWindow!.postMessage('port', origin, [channel.port2]);
    await new Promise((r) => {
      channel.port1.onmessage = r;
      channel.port1.postMessage(0);
    });
    return performance.now() - t0;
  }, CONSOLE);
}

export async function relayReloadToSync(browser: Browser): Promise<{ omni: number[]; raw: number[] }> {
  const page = await browser.newPage();
  try {
    await stampResyncs(page);
    const shell = await openDemo(page, 'lightning');
    const omni: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      omni.push(await relayReload(page, shell));
      await page.waitForTimeout(300);
      raw.push(await rawReload(shell));
      await page.waitForTimeout(300);
    }
    return { omni, raw };
  } finally {
    await page.close();
  }
}

export function relayReloadRow(r: Awaited<ReturnType<typeof relayReloadToSync>>): Row {
  const [o, b] = [quantile(r.omni, 0.5), quantile(r.raw, 0.5)];
  return guardAll(
    [
      row(
        `S a relay reload (Lightning console) → omni-mfe connected and in sync again (its re-read answered), median of ${r.omni.length}`,
        ms(o),
        `${ms(b)} (a page on the console's origin reloaded, a new port, one round trip)`,
        times(o, b),
      ),
    ],
    [['S.relayReload.median.ratio', o / b, 'x', 0.5]],
  )[0];
}
