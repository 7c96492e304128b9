/**
 * Serves the demo on two sites, runs the shift (shift.ts) in Chromium, prints its figures and
 * writes them into docs/BENCHMARKS.md's soak section. Throws, with every problem, when it fails.
 */
import { cpus, loadavg } from 'node:os';
import { BREAK, withBreak } from '../bench/bench-options';
import { openDemo, SHELL } from '../bench/demo-harness';
import { COUNT_WAKEUPS } from '../bench/idle-wakeups';
import { writeSoakSection } from './soak-section';
import { BLOCKS, FULL_SHIFT_BLOCKS, runShift, type ShiftResult } from './shift';
import { growthFigures } from './shift-growth';
import { startShiftSites } from './shift-sites';

export async function runShiftSoak(command = 'npm run soak'): Promise<void> {
  const sites = await startShiftSites();
  const browser = withBreak(sites.chrome);
  const started = Date.now();
  const load0 = loadavg()[0].toFixed(1);
  // Only a whole shift on the shipped build writes docs/BENCHMARKS.md's soak section.
  const write =
    BLOCKS === FULL_SHIFT_BLOCKS && !BREAK
      ? (figures: string[], problems: string[]) => writeSoakSection(figures, problems, command)
      : () => undefined;
  if (BREAK) console.log(`Served the deliberate break "${BREAK}" (e2e/bench/breaks): this shift must fail.`);
  try {
    const page = await browser.newPage();
    await page.addInitScript(COUNT_WAKEUPS, SHELL);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const shell = await openDemo(page);
    const r = await runShift(page, shell, (line) => console.log(line)).catch((err: Error) => {
      // A shift that stops (a wait ran past its deadline) is reported too, not left at the last run's figures.
      write(
        [`the shift stopped after ${((Date.now() - started) / 60000).toFixed(1)} min`],
        [err.message.split('\n')[0]],
      );
      throw err;
    });
    const minutes = (Date.now() - started) / 60000;
    const figures = [
      `${((BLOCKS * 10) / 60).toFixed(1)} simulated hours in ${minutes.toFixed(1)} min (load average ${load0} at the start, ${loadavg()[0].toFixed(1)} at the end; 1-minute, ${cpus().length} cores): ${r.items} work items (two accepted and closed for each declined), ${r.changes.dc} DC and ${r.changes.omni} Omni status changes, ${r.disturbances.reloads} bridge reloads and ${r.disturbances.hangs} hangs`,
      `unplanned reconnects / resyncs during traffic (bridge loads; getAgentWorks calls beyond the disturbances'): ${r.unplanned.reconnects} / ${r.unplanned.resyncs} (target 0 / 0)`,
      `${r.checkpoints} checkpoints (every simulated ten minutes): panel = console and presence in step ${r.checkpointProblems ? `failed: ${r.checkpointProblems} problems` : 'at every one'}`,
      heapFigure(r.heap),
      ...growthFigures(r.busy),
      `console errors and uncaught exceptions: ${errors.length}`,
    ];
    figures.forEach((f) => console.log(`  ${f}`));
    if (errors.length) r.problems.push(...errors.slice(0, 5).map((e) => `page error: ${e}`));
    write(figures, r.problems);
    if (r.problems.length) throw new Error(`The shift failed:\n${r.problems.map((p) => `  - ${p}`).join('\n')}`);
  } finally {
    await sites.close();
  }
}

const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;

/** The DC frame's heap after GC: the page's own objects (checked) and V8's code and internals beside them. */
function heapFigure({ hour, end }: ShiftResult['heap']): string {
  if (!end) return "DC frame's heap: not read";
  const both = (h: NonNullable<typeof end>) => `${mb(h.page)} (V8's own ${mb(h.v8)})`;
  return hour
    ? `DC frame's own objects after GC (a heap snapshot; V8's compiled code and internals beside them): ${both(hour)} after the first hour, ${both(end)} at the end: ${(end.page / hour.page).toFixed(3)}x (at most 1.05x; V8's own ${(end.v8 / hour.v8).toFixed(3)}x, not checked)`
    : `DC frame's own objects after GC at the end: ${both(end)} (a shift shorter than an hour has no first-hour figure)`;
}
