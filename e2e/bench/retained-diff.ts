/**
 * A diagnostic for P4's "objects retained a cycle" (not part of `npm run bench`): runs the bench
 * cycles on a remote in the bench host and reads heap snapshots of the host frame.
 *   retained-diff.ts omni,floor 10 20   objects made in cycles 11–20 and still alive after
 *                                       cycle 30, by constructor, with retainer paths
 *                                       (full listing in /tmp/retained-<remote>-10-20.txt)
 *   SERIES=10 retained-diff.ts omni 0 120   every 10 cycles: the objects the bench counts, and
 *                                       V8's literal boilerplates it leaves out
 * Builds first (npm run build && npm run build:measure), then, as every browser run:
 *   flock /work/e2e.lock env CI=1 npx ts-node --transpile-only -r tsconfig-paths/register e2e/bench/retained-diff.ts …
 */
import { writeFileSync } from 'node:fs';
import { chromium, type CDPSession, type Frame, type Page } from '@playwright/test';
import { LEAK_PROBE } from '../support/leak-probe';
import { serveBenchSites } from './bench-sites';
import { split, takeSnapshot } from './heap-split';
import { cycle, openHost, type Remote } from './host-figures';
import { nodeIds, survivors } from './retained-paths';

const [which = 'omni', fromArg = '10', toArg = '20'] = process.argv.slice(2);
const [A, B] = [Number(fromArg), Number(toArg)];
const SERIES = Number(process.env['SERIES'] ?? 0);

/** Runs cycles from..to, then lets what the last unmount scheduled run out, as the bench does. */
async function cycles(page: Page, frame: Frame, remote: Remote, from: number, to: number): Promise<void> {
  for (let k = from; k <= to; k++) await cycle(page, frame, remote, k);
  await page.waitForTimeout(500);
}

async function series(page: Page, frame: Frame, remote: Remote, cdp: CDPSession): Promise<void> {
  for (let k = 1; k <= B; k = k === 1 ? SERIES : k + SERIES) {
    await cycles(page, frame, remote, k === 1 ? 1 : k - SERIES + 1, k);
    const s = split(await takeSnapshot(cdp));
    console.log(`after cycle ${String(k).padStart(4)}: ${s.objects} objects, ${s.boilerplates} V8 boilerplates`);
  }
}

async function diff(page: Page, frame: Frame, remote: Remote, cdp: CDPSession): Promise<void> {
  await cycles(page, frame, remote, 1, A);
  const a = await takeSnapshot(cdp);
  await cycles(page, frame, remote, A + 1, B);
  const b = await takeSnapshot(cdp);
  await cycles(page, frame, remote, B + 1, 2 * B - A);
  const lines = survivors(b, nodeIds(a), nodeIds(await takeSnapshot(cdp)));
  const [sa, sb] = [split(a), split(b)];
  const all = (s: typeof sa) => s.objects + s.boilerplates;
  console.log(
    `cycles ${A}→${B}: all objects ${all(sa)} → ${all(sb)}, without V8 boilerplates ${sa.objects} → ${sb.objects}`,
  );
  console.log(`made in cycles ${A + 1}–${B} and alive after cycle ${2 * B - A}, by constructor:`);
  console.log(lines.filter((l) => !l.startsWith(' '.repeat(6))).join('\n'));
  const file = `/tmp/retained-${remote}-${A}-${B}.txt`;
  writeFileSync(file, lines.join('\n'));
  console.log(`retainer paths: ${file}`);
}

async function main(): Promise<void> {
  const servers = await serveBenchSites();
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    for (const remote of which.split(',') as Remote[]) {
      console.log(`--- ${remote}`);
      const page = await browser.newPage();
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.addInitScript(LEAK_PROBE);
      const frame = await openHost(page, remote);
      const cdp = await page.context().newCDPSession(frame);
      await (SERIES ? series : diff)(page, frame, remote, cdp);
      await page.close();
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
