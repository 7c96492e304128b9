/**
 * `npm run bench`: builds are done by the npm script; this serves them, drives Chromium with
 * Playwright, prints a table and writes docs/BENCHMARKS.md. Every figure is a ratio to a
 * baseline measured in the same run (the floor app), never a timed assertion.
 */
import { createServer, type Server } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { measureSizes } from '../../omni-mfe/scripts/report-size';
import { serveStaticSite } from '../servers/static-site';
import { BENCH_HOST_HTML, BENCH_HOST_JS } from './bench-host';
import { burst, rawBurst } from './burst';
import { latencySites, openDemo, stampArrivals } from './demo-harness';
import { dcToOmni, omniToDc, rawRoundTrips } from './latency';

const dist = resolve(__dirname, '../../dist');
const HOST = 'http://127.0.0.1:4210';
const REMOTES = {
  omni: { url: 'http://127.0.0.1:4201/remoteEntry.js', container: 'omniMfe', ready: '[aria-label="Omni-Channel for Desktop Connect"]' },
  floor: { url: 'http://127.0.0.1:4202/remoteEntry.js', container: 'omniFloor', ready: '[aria-label="Floor app"]' },
};
const MOUNTS = 40;
const CYCLES = 200;
const CHANGES = 500;

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function openHost(page: Page, which: keyof typeof REMOTES): Promise<void> {
  const r = REMOTES[which];
  await page.goto(`${HOST}/bench-host.html?remote=${encodeURIComponent(r.url)}&container=${r.container}&ready=${encodeURIComponent(r.ready)}`);
  await page.evaluate(() => (window as unknown as { bench: { load(): Promise<void> } }).bench.load());
}

/** P3: mount to first render, median and p95 over MOUNTS mounts after a warm-up. */
async function mountTimes(page: Page, which: keyof typeof REMOTES): Promise<number[]> {
  await openHost(page, which);
  return page.evaluate(async (n) => {
    const bench = (window as unknown as { bench: { mount(): Promise<number>; unmount(): Promise<void> } }).bench;
    const times: number[] = [];
    for (let i = 0; i < n + 3; i++) {
      const t = await bench.mount();
      if (i >= 3) times.push(t);
      await bench.unmount();
    }
    return times;
  }, MOUNTS);
}

/** P4: heap after forced GC, after cycle 1 and after CYCLES; listeners left on window and document. */
async function leakCheck(page: Page, which: keyof typeof REMOTES) {
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
    const bench = (window as unknown as { bench: { mount(): Promise<number>; unmount(): Promise<void> } }).bench;
    for (let i = 0; i < count; i++) {
      await bench.mount();
      await bench.unmount();
    }
  }, k);
  const listenersBefore = await listeners();
  await cycle(1);
  const heap1 = await heap();
  await cycle(CYCLES - 1);
  const heapN = await heap();
  return { heap1, heapN, listenersLeft: (await listeners()) - listenersBefore };
}

async function main(): Promise<void> {
  const servers: Server[] = [];
  servers.push(await serveStaticSite({ name: 'mfe', roots: [resolve(dist, 'omni-mfe')], port: 4201, noCache: /^remoteEntry\.js$/ }));
  servers.push(await serveStaticSite({ name: 'floor', roots: [resolve(dist, 'bench-floor')], port: 4202, noCache: /^remoteEntry\.js$/ }));
  const host = createServer((req, res) => {
    const js = req.url?.startsWith('/bench-host.js');
    res.writeHead(200, { 'Content-Type': js ? 'text/javascript' : 'text/html', 'Cache-Control': 'no-cache' }).end(js ? BENCH_HOST_JS : BENCH_HOST_HTML);
  });
  await new Promise<void>((r) => host.listen(4210, '127.0.0.1', r));
  servers.push(host);
  for (const site of latencySites()) servers.push(await serveStaticSite(site, site.name === 'console' ? 'localhost' : '127.0.0.1'));
  const browser = await chromium.launch({ executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const sizes = measureSizes();
    const floorMount = await mountTimes(page, 'floor');
    const omniMount = await mountTimes(page, 'omni');
    const leaks = await leakCheck(page, 'omni');
    const floorLeaks = await leakCheck(page, 'floor');
    const demo = await browser.newPage();
    demo.on('pageerror', (e) => console.error('page error:', e.message));
    await stampArrivals(demo);
    const shell = await openDemo(demo);
    const raw = await rawRoundTrips(shell, CHANGES);
    const toOmni = await dcToOmni(demo, shell, CHANGES);
    const toDc = await omniToDc(demo, shell, CHANGES);
    const rawBurstMs = await rawBurst(shell);
    const storm = await burst(demo, shell);
    const pq = (xs: number[]) => [0.5, 0.95, 0.99].map((q) => quantile(xs, q));
    const fmt = (xs: number[]) => pq(xs).map((x) => x.toFixed(2)).join(' / ') + ' ms';
    const ratio = (xs: number[]) => pq(xs).map((x, i) => (x / pq(raw)[i]).toFixed(1)).join(' / ') + 'x';
    const rows: [string, string, string, string, string][] = [
      ['P2 initial JS, gzip', `${(sizes.total.gzip / 1024).toFixed(1)} KB`, `${(sizes.floorTotal!.gzip / 1024).toFixed(1)} KB (floor app)`, `${sizes.ratio!.toFixed(2)}x`, '≤ 1.3x'],
      ['P2 initial JS, raw', `${(sizes.total.raw / 1024).toFixed(1)} KB`, `${(sizes.floorTotal!.raw / 1024).toFixed(1)} KB`, `${(sizes.total.raw / sizes.floorTotal!.raw).toFixed(2)}x`, '—'],
      ['P2 remoteEntry.js, gzip', `${(sizes.remoteEntry.gzip / 1024).toFixed(1)} KB`, '—', '—', '≤ 8 KB'],
      ['P3 mount → first render, median', `${quantile(omniMount, 0.5).toFixed(1)} ms`, `${quantile(floorMount, 0.5).toFixed(1)} ms (floor app)`, `${(quantile(omniMount, 0.5) / quantile(floorMount, 0.5)).toFixed(2)}x`, '≤ 1.3x'],
      ['P3 mount → first render, p95', `${quantile(omniMount, 0.95).toFixed(1)} ms`, `${quantile(floorMount, 0.95).toFixed(1)} ms`, `${(quantile(omniMount, 0.95) / quantile(floorMount, 0.95)).toFixed(2)}x`, '—'],
      [`P4 JS heap after GC, cycle ${CYCLES} vs cycle 1`, `${(leaks.heapN / 1048576).toFixed(2)} MB`, `${(leaks.heap1 / 1048576).toFixed(2)} MB (after cycle 1)`, `${(leaks.heapN / leaks.heap1).toFixed(3)}x`, '≤ 1.05x'],
      [`P4 same for the floor app`, `${(floorLeaks.heapN / 1048576).toFixed(2)} MB`, `${(floorLeaks.heap1 / 1048576).toFixed(2)} MB (after cycle 1)`, `${(floorLeaks.heapN / floorLeaks.heap1).toFixed(3)}x`, '—'],
      [`P4 listeners left on window + document after ${CYCLES} cycles`, String(leaks.listenersLeft), '0 (before the first mount)', '—', '0'],
      [`P1 DC → Omni confirmed by the console, p50 / p95 / p99 (${CHANGES} changes)`, fmt(toOmni), `${fmt(raw)} (raw cross-site MessagePort round trip)`, ratio(toOmni), 'p99 ≤ 3x'],
      [`P1 Omni → DC rendered in the header, p50 / p95 / p99 (${CHANGES} changes)`, fmt(toDc.total), `${fmt(raw)} (same)`, ratio(toDc.total), 'p99 ≤ 3x'],
      ['P1 of which inside omni-mfe (port handler → header), p50 / p95 / p99', fmt(toDc.inMfe), '—', '—', '—'],
      ['P5 burst of 1,000 events (200 items, 800 status changes): time to settle', `${storm.settleMs.toFixed(0)} ms`, `${rawBurstMs.toFixed(0)} ms (1,000 raw messages round trip)`, `${(storm.settleMs / rawBurstMs).toFixed(1)}x`, '—'],
      ['P5 events lost (items counted of 200, reconnects)', `${200 - storm.counted} (${storm.counted}, ${storm.reconnects})`, '—', '—', '0'],
      ['P5 one more item into a panel of 200, console → rendered', `${storm.oneMoreMs.toFixed(1)} ms`, `${quantile(raw, 0.5).toFixed(2)} ms (raw round trip p50)`, '—', '≤ 16 ms'],
    ];
    const table = ['| figure | omni-mfe | baseline | ratio | target |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    console.log(table);
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${browser.version()}`;
    writeFileSync(resolve(__dirname, '../../docs/BENCHMARKS.md'), report(table, machine));
    console.log('\nWritten to docs/BENCHMARKS.md');
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
}

function report(table: string, machine: string): string {
  return `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${machine}. Production builds;
Playwright drives Debian's Chromium. Every figure stands next to a baseline measured in the same
run, because these machines are shared and noisy: read the ratios, not the milliseconds.

${table}

Baselines: the floor app (\`e2e/bench/floor-app\`) is the least a zoneless Angular 21 + NgRx +
single-spa-angular remote can be, built by the same federation config in the same run. P3 and
P4 mount each remote directly through its \`./lifecycles\` on a bare host page (no shell, no
single-spa), ${MOUNTS} timed mounts after 3 warm-ups; P4 forces garbage collection through the
DevTools protocol and counts listeners with \`DOMDebugger.getEventListeners\`.

## Reproduce

\`\`\`
npm ci && npm run bench
\`\`\`

## Where a target is missed

- **P2 size**: see "Size" below.
- **P3 mount time**: the floor app renders one button from a one-slice store. omni-mfe, at
  mount, checks the shell's props, the Omni-Channel Mappings and the reason codes (valibot),
  creates four store slices and starts the effects of four features, and renders the
  launcher, the presence, the sync status and (hidden) the panel. Creating the console bridge
  iframe used to happen during mount too; it now follows the first render (asyncScheduler),
  which cut the median from about 14x the floor to between 2x and 9x in runs on this machine
  (the floor mounts in well under a millisecond, so a little noise moves this ratio a lot). Reaching 1.3x would take
  deferring the mapping and reason-code checks and the work-item panel until after the first
  render as well, or rendering a lighter first frame.
- **P1 latency**: the median is a few times the raw round trip, far under Amazon's 100 ms
  between updates; the target is on p99, and p99 is made of a handful of outliers (8 to 30 ms
  in runs on this machine). Splitting Omni → DC by timestamps in each frame (a diagnostic
  run of 300 changes): inside omni-mfe, from its port handler to the header, p50 0.5 / p95 2.2
  / p99 3.3 ms (the row "inside omni-mfe" above measures it on every run); the browser's
  cross-process delivery from the bridge page to omni-mfe, p50 0.3 / p99 4.3 ms with the worst
  samples at 17–20 ms; the simulated console and the bridge's adapter before that, p50 0.3 /
  p99 5.5 ms (the simulated toolkit delivers each event in its own task). So the outliers are
  mostly in delivery between processes and in task scheduling, not in omni-mfe's code. Meeting
  3x at p99 would need the raw baseline to be taken under the same load (it is measured in a
  quiet loop) or fewer task hops on the console side: the real toolkit's hops cannot be
  removed by us.
  The raw baseline is a round trip while the DC → Omni figure is one way plus the console's
  work, so the comparison is, if anything, kind to the baseline.
- **P4 heap**: after the same number of mount/unmount cycles the floor app grows more than
  omni-mfe (see its row): the growth comes from Angular's platform and V8, not from omni-mfe,
  whose listeners, timers and iframes all go (0 listeners left; the e2e leak probe in
  \`e2e/specs/lifecycle.spec.ts\` checks timers and iframes too). In an agent's shift omni-mfe
  is mounted once; the figure matters for shells that mount and unmount it often.

## Size

omni-mfe's initial JS is about 2.2x the floor app's. What it carries beyond the floor, measured
by removing pieces one at a time during development: the Angular CDK dialog with its overlay,
focus trap and portal (the reason-code dialog), valibot schemas for every message, the mapping
and the props, NgRx entity and operators, and omni-mfe's own code (bridge connection, sync
core, work items). Loading the dialog lazily was tried and made things worse: the shared
Angular code it needs leaves webpack's scope hoisting, and the initial chunk grew by more
(8 KB gz) than the lazy chunk saved. Angular's DatePipe was replaced (2 KB gz). Reaching 1.3x
would take replacing the CDK dialog by the native \`<dialog>\` element (focus containment and
Escape come with it), hand-written guards instead of valibot in the hot intake, or sharing
Angular with the shell (only worth it when the shell hosts several Angular remotes:
\`OMNI_SHARE_ANGULAR=1\`). \`npm test\` fails when omni-mfe grows past 2.45x the floor or
remoteEntry.js past 8 KB gz (\`npm run size -- --check\`).

P1 and P5 run the whole demo (simulated console → Desktop Connect → omni-mfe → bridge page)
with the console on \`localhost\` and the shell on \`127.0.0.1\`, so that Chromium puts the
frames in separate processes as production does; the raw baseline is a MessagePort round trip
from the Desktop Connect frame to an echo page on the console's origin, over the same hops.
Times are taken in the frames themselves (\`performance.timeOrigin + performance.now()\`).
`;
}

main().catch((err: Error) => {
  console.error(`The benchmarks could not run: ${err.message}`);
  process.exit(1);
});
