/**
 * `npm run bench`: builds are done by the npm script; this serves them, drives Chromium with
 * Playwright, prints a table and writes docs/BENCHMARKS.md. Every figure is a ratio to a
 * baseline measured in the same run (the floor app), never a timed assertion.
 */
import { createServer, type Server } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { measureSizes } from '../../omni-mfe/scripts/report-size';
import { serveStaticSite } from '../servers/static-site';
import { BENCH_HOST_HTML, BENCH_HOST_JS } from './bench-host';
import { burst, ONE_MORE, rawBurst } from './burst';
import { latencySites, openDemo, stampArrivals } from './demo-harness';
import { coldMountTimes, CYCLES, leakCheck, mountTimes } from './host-figures';
import { dcToOmni, omniToDc, rawRoundTrips } from './latency';
import { report } from './report';

const dist = resolve(__dirname, '../../dist');
const CHANGES = 500;

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;
const ms = (t: number) => `${t.toFixed(1)} ms`;
const times = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

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
    const floorCold = await coldMountTimes(browser, 'floor');
    const omniCold = await coldMountTimes(browser, 'omni');
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
      ['P3 mount → first render, first mount in a fresh page, median', ms(quantile(omniCold, 0.5)), `${ms(quantile(floorCold, 0.5))} (floor app)`, times(quantile(omniCold, 0.5), quantile(floorCold, 0.5)), '≤ 1.3x'],
      ['P3 mount → first render, later mounts in the same page, median', ms(quantile(omniMount, 0.5)), `${ms(quantile(floorMount, 0.5))} (floor app)`, times(quantile(omniMount, 0.5), quantile(floorMount, 0.5)), '≤ 1.3x'],
      ['P3 later mounts, p95', ms(quantile(omniMount, 0.95)), ms(quantile(floorMount, 0.95)), times(quantile(omniMount, 0.95), quantile(floorMount, 0.95)), '—'],
      [`P4 JS heap after GC, cycle ${CYCLES} vs cycle 1`, `${(leaks.heapN / 1048576).toFixed(2)} MB`, `${(leaks.heap1 / 1048576).toFixed(2)} MB (after cycle 1)`, `${(leaks.heapN / leaks.heap1).toFixed(3)}x`, '≤ 1.05x'],
      [`P4 of the heap, the page's objects (all but V8's compiled code and internals), cycle ${CYCLES} vs cycle 1`, mb(leaks.splitN.page), `${mb(leaks.split1.page)} (after cycle 1)`, `${(leaks.splitN.page / leaks.split1.page).toFixed(3)}x`, '≤ 1.05x'],
      [`P4 V8's compiled code and internals, cycle ${CYCLES} vs cycle 1`, mb(leaks.splitN.v8), `${mb(leaks.split1.v8)} (after cycle 1)`, `${(leaks.splitN.v8 / leaks.split1.v8).toFixed(2)}x`, '—'],
      [`P4 JS objects, closures and arrays held; detached DOM nodes`, `${leaks.splitN.objects}; ${leaks.splitN.detachedDom}`, `${leaks.split1.objects}; ${leaks.split1.detachedDom} (after cycle 1)`, `${((leaks.splitN.objects - leaks.split1.objects) / (CYCLES - 1)).toFixed(2)} more a cycle`, '—'],
      [`P4 the floor app: JS heap; the page's objects, cycle ${CYCLES} vs cycle 1`, `${mb(floorLeaks.heapN)}; ${mb(floorLeaks.splitN.page)}`, `${mb(floorLeaks.heap1)}; ${mb(floorLeaks.split1.page)}`, `${(floorLeaks.heapN / floorLeaks.heap1).toFixed(3)}x; ${(floorLeaks.splitN.page / floorLeaks.split1.page).toFixed(3)}x`, '—'],
      [`P4 listeners left on window + document after ${CYCLES} cycles`, String(leaks.listenersLeft), '0 (before the first mount)', '—', '0'],
      [`P1 DC → Omni confirmed by the console (back in omni-mfe), p50 / p95 / p99 (${CHANGES} changes)`, fmt(toOmni.confirmed), `${fmt(raw)} (raw cross-site MessagePort round trip)`, ratio(toOmni.confirmed), 'p99 ≤ 3x'],
      ['P1 of which the console itself (toolkit call → its callback), p50 / p95 / p99', fmt(toOmni.inConsole), '—', '—', '—'],
      ['P1 the raw round trip again, taken right after each confirmed change, p50 / p95 / p99', fmt(toOmni.rawAfter), `${fmt(raw)} (taken in a quiet loop)`, ratio(toOmni.rawAfter), '—'],
      ['P1 DC → Omni one way (to the toolkit call), p50 / p95 / p99', fmt(toOmni.toToolkit), `${fmt(raw)} (same)`, ratio(toOmni.toToolkit), '—'],
      [`P1 Omni → DC rendered in the header, p50 / p95 / p99 (${CHANGES} changes)`, fmt(toDc.total), `${fmt(raw)} (same)`, ratio(toDc.total), 'p99 ≤ 3x'],
      ['P1 of which inside omni-mfe (port handler → header), p50 / p95 / p99', fmt(toDc.inMfe), '—', '—', '—'],
      ['P5 burst of 1,000 events (200 items, 800 status changes): time to settle', `${storm.settleMs.toFixed(0)} ms`, `${rawBurstMs.toFixed(0)} ms (1,000 raw messages round trip)`, `${(storm.settleMs / rawBurstMs).toFixed(1)}x`, '—'],
      ['P5 events lost (items counted of 200, reconnects)', `${200 - storm.counted} (${storm.counted}, ${storm.reconnects})`, '—', '—', '0'],
      [`P5 one more item into an open panel of 200, its arrival in omni-mfe → its row, median / worst of ${ONE_MORE}`, `${ms(quantile(storm.oneMore.map((o) => o.inPanel), 0.5))} / ${ms(Math.max(...storm.oneMore.map((o) => o.inPanel)))}`, '—', '—', '≤ 16 ms'],
      ['P5 the same from the console routing it → its row, median / worst', `${ms(quantile(storm.oneMore.map((o) => o.fromConsole), 0.5))} / ${ms(Math.max(...storm.oneMore.map((o) => o.fromConsole)))}`, `${quantile(raw, 0.5).toFixed(2)} ms (raw round trip p50)`, '—', '—'],
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

main().catch((err: Error) => {
  console.error(`The benchmarks could not run: ${err.message}`);
  process.exit(1);
});
