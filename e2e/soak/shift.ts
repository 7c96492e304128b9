/**
 * The shift soak: a compressed eight-hour shift through the whole demo (console on another site
 * than Desktop Connect, as in production). Each simulated ten minutes: a bridge reload or hang,
 * work items through accept, decline and close, and status changes on both sides, each waited
 * for on the other side; then the panel must equal the console's AgentWork and the presence must
 * be in step. The DC frame's own retained objects at the end (a heap snapshot without V8's
 * compiled code and internals, e2e/bench/heap-split.ts) must be within 1.05x of the end of the
 * first simulated hour, and the DC frame's main-thread time on each simulated ten minutes' traffic
 * in the last hour within 2x of the first hour's (omni-mfe must not get slower as a shift goes on;
 * main-thread.ts says how it is measured), and a simulated ten minutes as a whole must not take
 * longer either (the console's page and the driver count too: shift-growth.ts has every limit).
 * Returns the problems found (none when the shift passed).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import type { ToolkitCallCount } from '../console-sim/control-api';
import type { AgentWorkRecord } from '../console-sim/model/omni-records';
import { DEFAULT_ORG } from '../console-sim/model/org-config';
import { consoleControl } from '../bench/demo-harness';
import { heapSplit, type HeapSplit } from '../bench/heap-split';
import { demoCpuClock } from './demo-cpu';
import { HOUR, mainThreadProbe, type BlockLoad } from './main-thread';
import { growthProblems } from './shift-growth';
import { INSTALL_DRIVER, type ShiftDriver } from './shift-driver';

/** Ten simulated minutes each: 48 make eight hours, 6 the first hour; OMNI_SOAK_BLOCKS=12 is the short form. */
export const FULL_SHIFT_BLOCKS = 48;
export const BLOCKS = Number(process.env['OMNI_SOAK_BLOCKS'] ?? FULL_SHIFT_BLOCKS);
/** Items per block: 42 × 48 = 2,016 items; four status changes each (two a side). */
export const ITEMS_PER_BLOCK = 42;
const HEAP_MAX = 1.05;

const mapping = JSON.parse(readFileSync(resolve(__dirname, '../../shell/public/omni-mapping.json'), 'utf8')) as {
  omniToDc: Record<string, string>;
  dcToOmni: Record<string, string>;
};
/** DC and Omni are in step when either side's mapping pairs them. */
const inStep = (dc: string, omni: string) => mapping.omniToDc[omni] === dc || mapping.dcToOmni[dc] === omni;
const statusName = (api: string) => DEFAULT_ORG.statuses.find((s) => s.statusApiName === api)?.statusName ?? api;

export interface ShiftResult {
  problems: string[];
  items: number;
  changes: { dc: number; omni: number };
  disturbances: { reloads: number; hangs: number };
  /** Reconnects (bridge loads) and resyncs (getAgentWorks calls) during traffic: none is planned. */
  unplanned: { reconnects: number; resyncs: number };
  /**
   * The DC frame's heap after GC, split: the page's own objects are checked; V8's compiled code
   * grows as more of omni-mfe gets optimised over a shift (0.40 MB over 42 blocks, while the
   * page's objects grew 0.04 MB), which says nothing of a leak.
   */
  heap: { hour: HeapSplit | null; end: HeapSplit | null };
  /** The DC frame's main-thread load per simulated ten minutes, block by block. */
  busy: BlockLoad[];
  checkpoints: number;
  /** The problems the checkpoints found (the shift's other checks add theirs to `problems` too). */
  checkpointProblems: number;
}

export async function runShift(page: Page, shell: Frame, log: (line: string) => void): Promise<ShiftResult> {
  await shell.evaluate(INSTALL_DRIVER);
  const result: ShiftResult = {
    problems: [],
    items: 0,
    changes: { dc: 0, omni: 0 },
    disturbances: { reloads: 0, hangs: 0 },
    unplanned: { reconnects: 0, resyncs: 0 },
    heap: { hour: null, end: null },
    busy: [],
    checkpoints: 0,
    checkpointProblems: 0,
  };
  const cdp = await page.context().newCDPSession(shell);
  // A heap snapshot collects garbage first.
  const heap = () => heapSplit(cdp);
  const control = <T>(fn: string, arg?: unknown) => consoleControl<T>(page, fn, arg);
  const resyncCount = async () =>
    (await control<Record<string, ToolkitCallCount>>('toolkitCalls'))['getAgentWorks']?.calls ?? 0;
  const d = {
    connected: () => shell.evaluate(() => (window as unknown as { __shift: ShiftDriver }).__shift.connected()),
    untilDc: (key: string) =>
      shell.evaluate((k) => (window as unknown as { __shift: ShiftDriver }).__shift.untilDc(k), key),
    setDc: (key: string, presence: string) =>
      shell.evaluate(([k, p]) => (window as unknown as { __shift: ShiftDriver }).__shift.setDc(k, p), [
        key,
        presence,
      ] as const),
    handle: (label: string, how: 'accept' | 'decline') =>
      shell.evaluate(
        ([l, h]) => (window as unknown as { __shift: ShiftDriver }).__shift.handle(l, h as 'accept' | 'decline'),
        [label, how] as const,
      ),
    read: () => shell.evaluate(() => (window as unknown as { __shift: ShiftDriver }).__shift.read()),
  };
  await control('setPushTimeout', 3_600_000);
  const started = Date.now();
  const cpuClock = await demoCpuClock(await page.context().browser()!.newBrowserCDPSession());
  const probe = await mainThreadProbe(cdp, shell, cpuClock);
  for (let block = 0; block < BLOCKS; block++) {
    // A disturbance at the start of every block, two in the first and the middle one: 50 in eight hours.
    for (let n = 0; n < (block === 0 || block === BLOCKS / 2 ? 2 : 1); n++) {
      const resyncs = await resyncCount();
      if ((block + n) % 2) {
        // A hang: the console changes meanwhile; the reload's resync must find it.
        await control('killBridge');
        await control('setStatus', 'On_Break');
        result.changes.omni++;
        await control('reloadBridge');
        result.disturbances.hangs++;
      } else {
        await control('reloadBridge');
        result.disturbances.reloads++;
      }
      // The old connection may still say "Connected": wait for the new session's resync.
      for (let t = 0; (await resyncCount()) === resyncs; t++) {
        if (t > 400) throw new Error(`no resync within 20 s of a bridge ${(block + n) % 2 ? 'hang' : 'reload'}`);
        await page.waitForTimeout(50);
      }
      await d.connected();
      // DC follows the console's status found by the resync: wait until the two are a mapped pair.
      for (let t = 0; ; t++) {
        const [omni, seen] = [await control<string>('presence'), await d.read()];
        if (inStep(seen.dc, omni)) break;
        if (t > 200)
          throw new Error(
            `DC ${seen.dc} and the console ${omni} not a mapped pair 10 s after a bridge ${(block + n) % 2 ? 'hang' : 'reload'}`,
          );
        await page.waitForTimeout(50);
      }
    }
    // Only the disturbances above reconnect; a reconnect storm that repairs itself must still count.
    const [loads0, resyncs0] = [await control<number>('bridgeLoads'), await resyncCount()];
    for (let i = 0; i < ITEMS_PER_BLOCK; i++) {
      const label = `Shift ${block + 1}.${i + 1}`;
      await control('setStatus', 'On_Break');
      await d.untilDc(mapping.omniToDc['On_Break']);
      await d.setDc('ready', statusName('Available'));
      await control('setStatus', 'Available_Cases');
      await control('route', { type: 'Case', subject: label, priority: 1, capacityWeight: 1 });
      await d.untilDc(mapping.omniToDc['Available_Cases']);
      await d.handle(label, i % 3 === 2 ? 'decline' : 'accept');
      await d.setDc('wrap-up', statusName('Busy'));
      result.changes.omni += 2;
      result.changes.dc += 2;
      result.items++;
    }
    result.busy.push(await probe.block());
    await checkpoint(block);
    result.unplanned.reconnects += (await control<number>('bridgeLoads')) - loads0;
    result.unplanned.resyncs += (await resyncCount()) - resyncs0;
    if (block + 1 === HOUR) result.heap.hour = await heap();
    log(
      `  ${(((block + 1) * 10) / 60).toFixed(1).padStart(4)} h simulated, ${((Date.now() - started) / 1000).toFixed(0)} s (this block ${result.busy[block].wall.toFixed(1)} s, ${result.busy[block].cpu.toFixed(1)} s CPU): ${result.items} items, ${result.changes.dc + result.changes.omni} changes, ${result.problems.length} problems`,
    );
  }
  const [hour, end] = [result.heap.hour, await heap()];
  result.heap.end = end;
  if (hour && end.page > hour.page * HEAP_MAX) {
    const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
    result.problems.push(
      `the DC frame's own objects ${mb(end.page)} at the end, ${(end.page / hour.page).toFixed(3)}x the first hour's ${mb(hour.page)} (at most ${HEAP_MAX}x)`,
    );
  }
  if (result.unplanned.reconnects || result.unplanned.resyncs)
    result.problems.push(
      `${result.unplanned.reconnects} unplanned reconnects and ${result.unplanned.resyncs} unplanned resyncs during traffic (target 0)`,
    );
  result.problems.push(...growthProblems(result.busy));
  const work = await control<AgentWorkRecord[]>('agentWork');
  const done = work.filter((w) => w.status === 'Closed' || w.status === 'Declined').length;
  if (done !== result.items || work.length !== result.items)
    result.problems.push(
      `${result.items} items routed, the console has ${work.length} AgentWork of which ${done} closed or declined`,
    );
  return result;

  /** After each simulated ten minutes: panel = console, presence in step, nothing lost. */
  async function checkpoint(block: number): Promise<void> {
    result.checkpoints++;
    const before = result.problems.length;
    const consoleWork = (await control<AgentWorkRecord[]>('agentWork'))
      .filter((w) => w.status === 'Assigned' || w.status === 'Opened')
      .map((w) => `${w.subject} ${w.status === 'Opened' ? 'Accepted' : 'Assigned'}`)
      .sort();
    const omni = await control<string>('presence');
    const seen = await d.read();
    const at = `at ${(((block + 1) * 10) / 60).toFixed(1)} h`;
    if (JSON.stringify(seen.panel) !== JSON.stringify(consoleWork))
      result.problems.push(
        `${at} the panel shows [${seen.panel.join(', ')}], the console has [${consoleWork.join(', ')}]`,
      );
    if (seen.count !== (consoleWork.length === 1 ? '1 work item' : `${consoleWork.length} work items`))
      result.problems.push(`${at} the launcher says "${seen.count}" for ${consoleWork.length} items`);
    if (seen.presence !== `Omni-Channel: ${statusName(omni)}`)
      result.problems.push(`${at} omni-mfe shows "${seen.presence}", the console is ${omni}`);
    if (!inStep(seen.dc, omni))
      result.problems.push(`${at} DC is ${seen.dc} and the console ${omni}: not a mapped pair`);
    result.checkpointProblems += result.problems.length - before;
  }
}
