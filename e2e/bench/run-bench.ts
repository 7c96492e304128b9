/**
 * `npm run bench`: builds are done by the npm script; this serves them, drives Chromium with
 * Playwright, prints a table and writes docs/BENCHMARKS.md. Every figure is computed by this run
 * and stands beside a baseline measured in the same run. Exits 1 when a sanity check fails (an
 * event lost, a toolkit answer failed, counts that do not add up) or when a guarded row is worse
 * than its last accepted figure by more than its noise margin (guard.ts, e2e/bench/accepted.json).
 * OMNI_BENCH_QUICK=1 is the quick form, OMNI_BENCH_ONLY and OMNI_BENCH_BREAK: bench-options.ts.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { measureSizes } from '../../omni-mfe/scripts/report-size';
import { BREAK, measures, omniBuild, ONLY, withBreak } from './bench-options';
import { serveBenchSites } from './bench-sites';
import { demoFigures } from './demo-figures';
import { SanityChecks, table, type Row } from './figures';
import { judge, readAccepted, recordRun, type Mode } from './guard';
import { coldMountTimes, leakCheck, mountTimes, QUICK } from './host-figures';
import { idleWakeUps, wakeUpRow } from './idle-wakeups';
import { report } from './report';
import { leakRows, mountRows } from './rows';
import { sizeRows } from './size-rows';
import { relayReloadRow, relayReloadToSync } from './relay-reload';
import { reloadRow, reloadToSync, startRows, startToSync } from './start-figures';

const CHANGES = QUICK ? 50 : 500;
const MODE: Mode = QUICK ? 'quick' : 'full';

async function hostRows(browser: Browser, step: (what: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  if (measures('P2')) {
    const dist = resolve(__dirname, '../../dist');
    // A break other than extra-js is judged on what it does, not on the wrapper's own bytes.
    rows.push(...sizeRows(measureSizes(dist, BREAK === 'extra-js' ? omniBuild() : join(dist, 'omni-mfe'))));
  }
  if (measures('P3')) {
    step('P3 first mounts in fresh pages');
    const [floorCold, omniCold] = [await coldMountTimes(browser, 'floor'), await coldMountTimes(browser, 'omni')];
    step('P3 later mounts');
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const [floorMount, omniMount] = [await mountTimes(page, 'floor'), await mountTimes(page, 'omni')];
    await page.close();
    rows.push(...mountRows(omniCold, floorCold, omniMount, floorMount));
  }
  if (measures('P4')) {
    step('P4 mount/unmount cycles with traffic');
    rows.push(...leakRows(await leakCheck(browser, 'omni'), await leakCheck(browser, 'floor')));
  }
  if (measures('S')) {
    step('S start → in sync, cold and warm');
    rows.push(...startRows(await startToSync(browser, 'omni'), await startToSync(browser, 'floor')));
    rows.push(reloadRow(await reloadToSync(browser)));
    step('S relay reload in the Lightning console');
    rows.push(relayReloadRow(await relayReloadToSync(browser)));
  }
  if (measures('W')) {
    step('W wake-ups of an idle agent');
    rows.push(wakeUpRow(await idleWakeUps(browser, 'omni'), await idleWakeUps(browser, 'floor')));
  }
  return rows;
}

async function main(): Promise<number> {
  const servers = await serveBenchSites(omniBuild());
  const load = loadavg()[0];
  const chrome = await chromium.launch({
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--js-flags=--expose-gc',
    ],
  });
  const browser = withBreak(chrome);
  const sanity = new SanityChecks();
  const started = Date.now();
  const step = (what: string) => console.log(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${what}`);
  if (BREAK) console.log(`Served the deliberate break "${BREAK}" (e2e/bench/breaks): this run must fail.`);
  try {
    const rows = await hostRows(browser, step);
    if (measures('P1') || measures('P5')) {
      step(measures('P1') ? 'P1 presence latency, then P5 burst' : 'P5 burst');
      rows.push(...(await demoFigures(browser, sanity, CHANGES, { p1: measures('P1'), p5: measures('P5') })));
    }
    step('done');
    const accepted = readAccepted()[MODE];
    const md = table(rows, accepted);
    console.log(`\n${md}\n`);
    const figures = rows.flatMap((r) => r.guards ?? []);
    recordRun({ at: new Date().toISOString(), mode: MODE, break: BREAK, only: ONLY, figures });
    const verdict = judge(figures, accepted);
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chrome.version()}, load average ${load.toFixed(1)} at the start`;
    const minutes = (Date.now() - started) / 60000;
    if (QUICK || BREAK || ONLY) console.log('A quick, partial or broken run: docs/BENCHMARKS.md left as it was.');
    else {
      writeFileSync(resolve(__dirname, '../../docs/BENCHMARKS.md'), report(md, machine, minutes, sanity, CHANGES));
      console.log('Written to docs/BENCHMARKS.md');
    }
    return verdictCode(rows, sanity, verdict);
  } finally {
    await chrome.close();
    servers.forEach((s) => s.close());
  }
}

function verdictCode(rows: Row[], sanity: SanityChecks, verdict: ReturnType<typeof judge>): number {
  console.log(
    `Targets: ${rows.filter((r) => r.met).length} met, ${rows.filter((r) => r.met === false).length} missed.`,
  );
  for (const failure of sanity.failures) console.error(`SANITY CHECK FAILED: ${failure}`);
  console.log(
    sanity.failures.length
      ? `${sanity.failures.length} sanity checks failed: these figures cannot be trusted.`
      : `All ${sanity.passed.length} sanity checks passed.`,
  );
  for (const r of verdict.regressions) console.error(`REGRESSION (${MODE}): ${r}`);
  for (const u of verdict.unaccepted) console.log(`not yet accepted (${MODE}): ${u}`);
  if (verdict.improvements.length)
    console.log(
      `Better than accepted, beyond the noise (lock in with npm run bench:accept${QUICK ? ' -- --quick' : ''}):\n  ${verdict.improvements.join('\n  ')}`,
    );
  console.log(
    verdict.regressions.length
      ? `${verdict.regressions.length} rows regressed past their accepted figure and noise margin.`
      : 'No row is worse than its accepted figure beyond its noise margin.',
  );
  return sanity.failures.length || verdict.regressions.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`The benchmarks could not run: ${err.message}`);
    process.exit(1);
  },
);
