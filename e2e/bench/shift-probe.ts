/**
 * A diagnostic for the shift soak's growth (not part of `npm run soak`): runs the shift as
 * `npm run soak:short` does (OMNI_SOAK_BLOCKS, 12 unless set; the same page, wake-up count and
 * driver) and, after each simulated ten minutes and before the next starts, reads in the
 * simulated console's page and in the DC frame: the JS heap after GC, the DOM counters of each
 * one's renderer (documents, nodes, JS event listeners), the elements of its own document, and
 * the console's toolkit listeners. At the first hour and at the end it takes heap snapshots of
 * both and lists what grew between them, by constructor (/tmp/shift-probe-<where>.txt).
 * Builds first (npm run build), then, as every browser run, in a private network namespace:
 *   unshare -n bash -c 'ip link set lo up; npx ts-node --transpile-only -r tsconfig-paths/register e2e/bench/shift-probe.ts'
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Frame, Page } from '@playwright/test';
import { openDemo, SHELL } from './demo-harness';
import { split, takeSnapshot, type Snapshot } from './heap-split';
import { COUNT_WAKEUPS } from './idle-wakeups';
import { startShiftSites } from '../soak/shift-sites';

process.env['OMNI_SOAK_BLOCKS'] ??= '12';
// Loaded after the block count is set: shift.ts reads it when loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runShift } = require('../soak/shift') as typeof import('../soak/shift');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HOUR } = require('../soak/main-thread') as typeof import('../soak/main-thread');

type Where = 'console' | 'dc';
/** OMNI_PROBE_TRACE=3,40: blocks traced whole; their busiest trace events by thread are printed. */
const TRACED = (process.env['OMNI_PROBE_TRACE'] ?? '').split(',').filter(Boolean).map(Number);

type TraceEvent = { ph: string; name: string; dur?: number; pid: number; tid: number; args?: { name?: string } };

/** Runs `during`, traced; prints the 12 event names of most total time on each renderer main thread. */
async function traced(cdp: CDPSession, during: () => Promise<void>): Promise<void> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'blink,cc,devtools.timeline,v8,toplevel',
    transferMode: 'ReportEvents',
  });
  await during();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}.${e.tid}`, e.args?.name]));
  const byThread = new Map<string, Map<string, number>>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || names.get(`${e.pid}.${e.tid}`) !== 'CrRendererMain') continue;
    const t = byThread.get(`${e.pid}`) ?? new Map<string, number>();
    t.set(e.name, (t.get(e.name) ?? 0) + e.dur / 1000);
    byThread.set(`${e.pid}`, t);
  }
  for (const [pid, t] of byThread)
    console.log(
      `    renderer ${pid}: ${[...t]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
        .join(', ')} (ms, nested events overlap)`,
    );
}

/** Objects of each type and constructor in a snapshot: count and bytes. */
function byConstructor(s: Snapshot): Map<string, { n: number; bytes: number }> {
  const f = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((x) => f.indexOf(x));
  const out = new Map<string, { n: number; bytes: number }>();
  for (let i = 0; i < s.nodes.length; i += f.length) {
    const type = types[s.nodes[i + typeAt]];
    const key =
      type === 'string' || type === 'concatenated string' ? type : `${type} ${s.strings[s.nodes[i + nameAt]]}`;
    const e = out.get(key) ?? { n: 0, bytes: 0 };
    e.n++;
    e.bytes += s.nodes[i + sizeAt];
    out.set(key, e);
  }
  return out;
}

/** What grew from one snapshot's counts to another's: the 30 largest growths by count. */
function growth(a: Map<string, { n: number; bytes: number }>, b: Map<string, { n: number; bytes: number }>) {
  return [...b]
    .map(([k, v]) => ({ k, dn: v.n - (a.get(k)?.n ?? 0), db: v.bytes - (a.get(k)?.bytes ?? 0) }))
    .filter((x) => x.dn > 0 || x.db > 0)
    .sort((x, y) => y.dn - x.dn || y.db - x.db)
    .slice(0, 30)
    .map((x) => `${String(x.dn).padStart(7)} objects ${String(x.db).padStart(9)} B  ${x.k.slice(0, 110)}`);
}

/** The main-thread figures of a frame's renderer (Performance.getMetrics): seconds, or counts. */
const METRICS = [
  'TaskDuration',
  'ThreadTime',
  'ProcessTime',
  'ScriptDuration',
  'LayoutDuration',
  'RecalcStyleDuration',
  'LayoutCount',
];
const metrics = async (cdp: CDPSession) => {
  const all = (await cdp.send('Performance.getMetrics')).metrics;
  return METRICS.map((k) => all.find((m) => m.name === k)?.value ?? 0);
};
const spent = (a: number[], b: number[]) =>
  METRICS.map((k, i) => `${k.replace('Duration', '')} ${(b[i] - a[i]).toFixed(k === 'LayoutCount' ? 0 : 2)}`).join(
    ', ',
  );

async function counts(cdp: CDPSession, frame: Frame, where: Where) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const dom = await cdp.send('Memory.getDOMCounters');
  const own = await frame.evaluate((w) => {
    const sim = (window as unknown as { omniConsoleSimulator?: { sforce?: { listeners?: Map<string, Set<unknown>> } } })
      .omniConsoleSimulator;
    const toolkit = w === 'console' ? [...(sim?.sforce?.listeners?.values() ?? [])].reduce((a, s) => a + s.size, 0) : 0;
    return { elements: document.getElementsByTagName('*').length, frames: window.frames.length, toolkit };
  }, where);
  return `${where}: heap ${(heap / 1048576).toFixed(2)} MB, renderer ${dom.documents} documents ${dom.nodes} nodes ${dom.jsEventListeners} listeners; document ${own.elements} elements, ${own.frames} frames${where === 'console' ? `, ${own.toolkit} toolkit listeners` : ''}`;
}

async function main(): Promise<void> {
  const { chrome, close } = await startShiftSites();
  try {
    const page: Page = await chrome.newPage();
    await page.addInitScript(COUNT_WAKEUPS, SHELL);
    const shell = await openDemo(page);
    const cdp = { console: await page.context().newCDPSession(page), dc: await page.context().newCDPSession(shell) };
    for (const where of ['console', 'dc'] as const) await cdp[where].send('Performance.enable');
    const zero = METRICS.map(() => 0);
    let last = { console: zero, dc: zero, node: process.cpuUsage() };
    const mark = async () => ({
      console: await metrics(cdp.console),
      dc: await metrics(cdp.dc),
      node: process.cpuUsage(),
    });
    const take = async (block: number) => {
      const [main, dc] = [await metrics(cdp.console), await metrics(cdp.dc)];
      const node = process.cpuUsage(last.node);
      console.log(`    console renderer in the block: ${spent(last.console, main)}`);
      console.log(`    DC renderer in the block: ${spent(last.dc, dc)}`);
      console.log(`    driver (Node): ${((node.user + node.system) / 1e6).toFixed(2)} s CPU`);
      for (const where of ['console', 'dc'] as const)
        console.log(`    ${await counts(cdp[where], where === 'dc' ? shell : page.mainFrame(), where)}`);
      if (block !== HOUR && block !== Number(process.env['OMNI_SOAK_BLOCKS'])) {
        last = await mark();
        return;
      }
      for (const where of ['console', 'dc'] as const) {
        const snap = await takeSnapshot(cdp[where]);
        const { total, v8, page, objects } = split(snap);
        const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
        console.log(
          `    ${where} snapshot: ${mb(total)}, V8's own ${mb(v8)}, the page's ${mb(page)} (${objects} objects)`,
        );
        snapshots[where].push(byConstructor(snap));
      }
      // The readings' own main-thread time is not the next block's.
      last = await mark();
    };
    const snapshots: Record<Where, Map<string, { n: number; bytes: number }>[]> = { console: [], dc: [] };
    let gate: Promise<void> = take(0);
    let block = 0;
    // The shift's next step waits for the readings of the block that just ended.
    const evaluate = page.evaluate.bind(page) as Page['evaluate'];
    page.evaluate = (async (...a: Parameters<Page['evaluate']>) => {
      await gate;
      return evaluate(...a);
    }) as Page['evaluate'];
    let tracing: { stop: () => void; done: Promise<void> } | null = null;
    await runShift(page, shell, (line) => {
      console.log(line);
      const b = ++block;
      gate = gate.then(async () => {
        if (tracing) {
          tracing.stop();
          await tracing.done;
          tracing = null;
        }
        await take(b);
        // The next block runs traced: the gate opens once tracing has started.
        if (TRACED.includes(b + 1)) {
          let stop = () => undefined as void;
          const stopped = new Promise<void>((r) => (stop = r));
          let started = () => undefined as void;
          const start = new Promise<void>((r) => (started = r));
          const done = traced(cdp.console, async () => {
            started();
            await stopped;
          });
          tracing = { stop, done };
          await start;
        }
      });
    });
    await gate;
    for (const where of ['console', 'dc'] as const) {
      const [a, b] = snapshots[where];
      const lines = a && b ? growth(a, b) : ['(a shift under an hour has no first-hour snapshot)'];
      writeFileSync(`/tmp/shift-probe-${where}.txt`, `${lines.join('\n')}\n`);
      console.log(`${where}, grown from the first hour to the end:\n${lines.slice(0, 15).join('\n')}`);
    }
  } finally {
    await close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
