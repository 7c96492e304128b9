/**
 * `npm run bench`: builds are done by the npm script; this serves them, drives Chromium with
 * Playwright, prints a table and writes docs/BENCHMARKS.md. Every figure is computed by this run
 * and stands beside a baseline measured in the same run. Exits 1 when a sanity check fails
 * (an event lost, a toolkit answer failed, counts that do not add up): a missed target does not.
 */
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { ToolkitCallCount } from '../console-sim/control-api';
import { measureSizes } from '../../omni-mfe/scripts/report-size';
import { serveBenchSites } from './bench-sites';
import { burst, ITEMS, ONE_MORE, rawBurst } from './burst';
import { consoleControl, openDemo, stampArrivals } from './demo-harness';
import { SanityChecks, table, type Row } from './figures';
import { coldMountTimes, leakCheck, mountTimes, QUICK } from './host-figures';
import { dcToOmni, omniToDc, rawRoundTrips } from './latency';
import { report } from './report';
import { burstRows, latencyRows, leakRows, mountRows } from './rows';
import { sizeRows } from './size-rows';

const CHANGES = QUICK ? 50 : 500;

async function main(): Promise<number> {
  const servers = await serveBenchSites();
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--js-flags=--expose-gc',
    ],
  });
  const sanity = new SanityChecks();
  const started = Date.now();
  const step = (what: string) => console.log(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${what}`);
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const sizes = measureSizes();
    step('P3 first mounts in fresh pages');
    const floorCold = await coldMountTimes(browser, 'floor');
    const omniCold = await coldMountTimes(browser, 'omni');
    step('P3 later mounts');
    const floorMount = await mountTimes(page, 'floor');
    const omniMount = await mountTimes(page, 'omni');
    step('P4 mount/unmount cycles with traffic');
    const leaks = await leakCheck(browser, 'omni');
    const floorLeaks = await leakCheck(browser, 'floor');
    step('P1 presence latency');
    const demo = await browser.newPage();
    demo.on('pageerror', (e) => console.error('page error:', e.message));
    await stampArrivals(demo);
    const shell = await openDemo(demo);
    const calls = async () =>
      (await consoleControl<Record<string, ToolkitCallCount>>(demo, 'toolkitCalls'))['setServicePresenceStatus'];
    const quiet = await rawRoundTrips(shell, CHANGES);
    const c0 = await calls();
    const toOmni = await dcToOmni(demo, shell, CHANGES);
    const c1 = await calls();
    sanity.check(
      toOmni.lost === 0,
      `P1 every DC change confirmed within 10 s`,
      `${toOmni.lost} of ${CHANGES} never confirmed`,
    );
    sanity.check(
      c1.calls - c0.calls === CHANGES,
      `P1 one toolkit call per DC change`,
      `${c1.calls - c0.calls} calls for ${CHANGES} changes`,
    );
    sanity.check(
      c1.succeeded - c0.succeeded === CHANGES && c1.failed === c0.failed,
      `P1 every toolkit answer succeeded`,
      `${c1.succeeded - c0.succeeded} succeeded, ${c1.failed - c0.failed} failed`,
    );
    const presence = await consoleControl<string>(demo, 'presence');
    sanity.check(
      presence === (toOmni.last === 'ready' ? 'Available' : 'Busy'),
      `P1 the console ends at the last DC change's status`,
      `DC ${toOmni.last}, console ${presence}`,
    );
    const toDc = await omniToDc(demo, shell, CHANGES);
    const c2 = await calls();
    sanity.check(
      toDc.lost === 0,
      `P1 every console change reached the DC header within 10 s`,
      `${toDc.lost} of ${CHANGES} never did`,
    );
    sanity.check(
      c2.calls === c1.calls,
      `P1 console changes cause no toolkit write back`,
      `${c2.calls - c1.calls} writes`,
    );
    step('P5 burst');
    const rawBurstMs = await rawBurst(shell);
    const storm = await burst(demo, shell);
    sanity.check(
      storm.counted === ITEMS,
      `P5 every burst item counted by omni-mfe`,
      `${ITEMS - storm.counted} of ${ITEMS} lost`,
    );
    sanity.check(
      storm.consoleAssigned === ITEMS + ONE_MORE,
      `P5 the console holds every item routed`,
      `${storm.consoleAssigned} Assigned for ${ITEMS + ONE_MORE} routed`,
    );
    sanity.check(
      storm.oneMoreLost === 0,
      `P5 every one-more item reached its row`,
      `${storm.oneMoreLost} of ${ONE_MORE} never did`,
    );
    sanity.check(
      storm.reconnects === 0 && storm.resyncs === 0,
      `P5 no reconnect or resync could have repaired a loss`,
      `${storm.reconnects} reconnects, ${storm.resyncs} resyncs`,
    );
    sanity.check(
      storm.presence.shown === storm.presence.console,
      `P5 omni-mfe's presence equals the console's after the burst`,
      `shows ${storm.presence.shown}, console ${storm.presence.console}`,
    );
    const rows: Row[] = [
      ...sizeRows(sizes),
      ...mountRows(omniCold, floorCold, omniMount, floorMount),
      ...leakRows(leaks, floorLeaks),
      ...latencyRows({ quiet, toOmni, toDc, n: CHANGES }),
      ...burstRows(storm, rawBurstMs),
    ];
    step('done');
    const md = table(rows);
    console.log(`\n${md}\n`);
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${browser.version()}`;
    const minutes = (Date.now() - started) / 60000;
    if (QUICK) console.log('A quick trial run (OMNI_BENCH_QUICK=1): docs/BENCHMARKS.md left as it was.');
    else {
      writeFileSync(resolve(__dirname, '../../docs/BENCHMARKS.md'), report(md, machine, minutes, sanity, CHANGES));
      console.log('Written to docs/BENCHMARKS.md');
    }
    console.log(
      `Targets: ${rows.filter((r) => r.met).length} met, ${rows.filter((r) => r.met === false).length} missed.`,
    );
    for (const failure of sanity.failures) console.error(`SANITY CHECK FAILED: ${failure}`);
    console.log(
      sanity.failures.length
        ? `${sanity.failures.length} sanity checks failed: these figures cannot be trusted.`
        : `All ${sanity.passed.length} sanity checks passed.`,
    );
    return sanity.failures.length ? 1 : 0;
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`The benchmarks could not run: ${err.message}`);
    process.exit(1);
  },
);
