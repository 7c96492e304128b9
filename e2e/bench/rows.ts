/** The rows of docs/BENCHMARKS.md past P2 (size-rows.ts), computed from what the run measured, with their targets. */
import type { BurstFigures } from './burst';
import { CHANGES, ITEMS, ONE_MORE } from './burst';
import { guardAll, guarded, mb, ms, pq, quantile, row, spread, spreadRatio, times, type Row } from './figures';
import { CYCLES, WARM, type LeakFigures } from './host-figures';

const P1_P99_MAX = 3;

export function mountRows(omniCold: number[], floorCold: number[], omni: number[], floor: number[]): Row[] {
  const [oc, fc, ow, fw] = [omniCold, floorCold, omni, floor].map((xs) => quantile(xs, 0.5));
  return [
    guarded(
      row(
        'P3 mount → first render, first mount in a fresh page, median',
        ms(oc),
        `${ms(fc)} (floor app)`,
        times(oc, fc),
        '≤ 1.3x',
        oc / fc <= 1.3,
      ),
      ['P3.cold.median.ratio', oc / fc, 'x', 0.2],
    ),
    guarded(
      row(
        'P3 mount → first render, later mounts in the same page, median',
        ms(ow),
        `${ms(fw)} (floor app)`,
        times(ow, fw),
        '≤ 1.3x',
        ow / fw <= 1.3,
      ),
      ['P3.warm.median.ratio', ow / fw, 'x', 0.5],
    ),
    row(
      'P3 later mounts, p95',
      ms(quantile(omni, 0.95)),
      ms(quantile(floor, 0.95)),
      times(quantile(omni, 0.95), quantile(floor, 0.95)),
    ),
  ];
}

export function leakRows(o: LeakFigures, f: LeakFigures): Row[] {
  const perCycle = (x: LeakFigures) => (x.split.last.objects - x.split.warm.objects) / (CYCLES - WARM);
  const left = (x: LeakFigures) => {
    const listeners = (c: LeakFigures['before']) => Object.values(c.listeners).reduce((a, b) => a + b, 0);
    return [
      listeners(x.after) - listeners(x.before),
      x.after.ports - x.before.ports,
      x.after.intervals - x.before.intervals,
      x.after.timeouts - x.before.timeouts,
    ];
  };
  const leftO = left(o);
  const leftTotal = leftO.reduce((a, n) => a + Math.max(0, n), 0);
  return guardAll(leakRows0(o, f, leftO, left(f), perCycle), [
    ['P4.heap.ratio', o.heap.last / o.heap.first, 'x', 0.03],
    ['P4.heap.afterWarm.ratio', o.heap.last / o.heap.warm, 'x', 0.02],
    null,
    null,
    ['P4.objectsPerCycle', perCycle(o), '', 0.5],
    ['P4.detachedDom', o.split.last.detachedDom, '', 0],
    ['P4.left', leftTotal, '', 0],
    ['P4.nodesLeft', o.leftInContainer, '', 0],
  ]);
}

function leakRows0(
  o: LeakFigures,
  f: LeakFigures,
  leftO: number[],
  leftF: number[],
  perCycle: (x: LeakFigures) => number,
): Row[] {
  return [
    row(
      `P4 JS heap after GC, cycle ${CYCLES} vs cycle 1`,
      mb(o.heap.last),
      `${mb(o.heap.first)} (after cycle 1)`,
      times(o.heap.last, o.heap.first, 3),
      '≤ 1.05x',
      o.heap.last / o.heap.first <= 1.05,
    ),
    row(
      `P4 JS heap growth after warm-up, cycle ${CYCLES} vs cycle ${WARM}: omni-mfe; the floor app, same run`,
      times(o.heap.last, o.heap.warm, 3),
      `${times(f.heap.last, f.heap.warm, 3)} (floor app)`,
      '—',
      '≤ 1.05x',
      o.heap.last / o.heap.warm <= 1.05,
    ),
    row(
      `P4 JS heap growth, cycle ${CYCLES} vs cycle 1, the floor app`,
      mb(f.heap.last),
      `${mb(f.heap.first)} (after cycle 1)`,
      times(f.heap.last, f.heap.first, 3),
    ),
    row(
      `P4 of the heap, the page's objects (all but V8's compiled code and internals), cycle ${CYCLES} vs cycle 1`,
      mb(o.split.last.page),
      `${mb(o.split.first.page)} (after cycle 1)`,
      times(o.split.last.page, o.split.first.page, 3),
    ),
    row(
      `P4 JS objects, closures and arrays retained a cycle (V8's literal boilerplates left out), cycles ${WARM}–${CYCLES}`,
      perCycle(o).toFixed(2),
      `${perCycle(f).toFixed(2)} (floor app)`,
      '—',
      '< 1',
      perCycle(o) < 1,
    ),
    row(
      `P4 detached DOM nodes held after ${CYCLES} cycles`,
      String(o.split.last.detachedDom),
      `${f.split.last.detachedDom} (floor app)`,
      '—',
      '0',
      o.split.last.detachedDom === 0,
    ),
    row(
      `P4 left after ${CYCLES} cycles, beyond before the first mount: listeners on window and document / MessagePorts open / intervals / time-outs pending`,
      leftO.join(' / '),
      `${leftF.join(' / ')} (floor app)`,
      '—',
      '0 / 0 / 0 / 0',
      leftO.every((n) => n <= 0),
    ),
    row(
      'P4 nodes an unmount left in the container (most of any cycle)',
      String(o.leftInContainer),
      `${f.leftInContainer} (floor app)`,
      '—',
      '0',
      o.leftInContainer === 0,
    ),
  ];
}

export interface LatencyFigures {
  quiet: number[];
  toOmni: { confirmed: number[]; inConsole: number[]; rawAfter: number[] };
  toDc: { total: number[]; inMfe: number[]; rawAfter: number[]; quiet: number[] };
  n: number;
}

export function latencyRows({ quiet, toOmni, toDc, n }: LatencyFigures): Row[] {
  return guardAll(latencyRows0({ quiet, toOmni, toDc, n }), [
    [
      ['P1.toOmni.p50', pq(toOmni.confirmed)[0], 'ms', 0.5],
      ['P1.toOmni.p95', pq(toOmni.confirmed)[1], 'ms', 2],
    ],
    null,
    null,
    [
      ['P1.toDc.p50', pq(toDc.total)[0], 'ms', 0.5],
      ['P1.toDc.p95', pq(toDc.total)[1], 'ms', 2],
    ],
  ]);
}

function latencyRows0({ quiet, toOmni, toDc, n }: LatencyFigures): Row[] {
  const p99 = (xs: number[], base: number[]) => pq(xs)[2] / pq(base)[2] <= P1_P99_MAX;
  return [
    row(
      `P1 DC → Omni confirmed by the console (back in omni-mfe), p50 / p95 / p99 (${n} changes)`,
      spread(toOmni.confirmed),
      `${spread(toOmni.rawAfter)} (raw DC → console → DC round trip, one after each change)`,
      spreadRatio(toOmni.confirmed, toOmni.rawAfter),
      `p99 ≤ ${P1_P99_MAX}x`,
      p99(toOmni.confirmed, toOmni.rawAfter),
    ),
    row(
      'P1 the same against the raw round trip in a quiet loop',
      spread(toOmni.confirmed),
      `${spread(quiet)} (quiet)`,
      spreadRatio(toOmni.confirmed, quiet),
      `p99 ≤ ${P1_P99_MAX}x`,
      p99(toOmni.confirmed, quiet),
    ),
    row('P1 of which the console itself (toolkit call → its callback), p50 / p95 / p99', spread(toOmni.inConsole)),
    row(
      `P1 Omni → DC: the console's change until the console hears DC shows it, p50 / p95 / p99 (${n} changes)`,
      spread(toDc.total),
      `${spread(toDc.rawAfter)} (raw console → DC → console round trip, one after each change)`,
      spreadRatio(toDc.total, toDc.rawAfter),
      `p99 ≤ ${P1_P99_MAX}x`,
      p99(toDc.total, toDc.rawAfter),
    ),
    row(
      'P1 the same against the raw round trip in a quiet loop',
      spread(toDc.total),
      `${spread(toDc.quiet)} (quiet)`,
      spreadRatio(toDc.total, toDc.quiet),
      `p99 ≤ ${P1_P99_MAX}x`,
      p99(toDc.total, toDc.quiet),
    ),
    row('P1 of which inside omni-mfe (port handler → header), p50 / p95 / p99', spread(toDc.inMfe)),
  ];
}

export function burstRows(b: BurstFigures, rawBurstMs: number): Row[] {
  const painted = b.oneMore.map((o) => o.painted);
  const p95 = quantile(painted, 0.95);
  return guardAll(burstRows0(b, rawBurstMs, painted, p95), [
    ['P5.settle.ratio', b.settleMs / rawBurstMs, 'x', 0.5],
    ['P5.lost', ITEMS - b.counted, '', 0],
    [
      ['P5.reconnects', b.reconnects, '', 0],
      ['P5.resyncs', b.resyncs, '', 0],
    ],
    ['P5.presenceDiffers', b.presence.shown === b.presence.console ? 0 : 1, '', 0],
    ['P5.painted.p95', p95, 'ms', 2],
  ]);
}

function burstRows0(b: BurstFigures, rawBurstMs: number, painted: number[], p95: number): Row[] {
  return [
    row(
      `P5 burst of ${ITEMS + CHANGES} events (${ITEMS} items, ${CHANGES} status changes): time until all ${ITEMS} are counted`,
      Number.isNaN(b.settleMs) ? 'never (deadline)' : ms(b.settleMs, 0),
      `${ms(rawBurstMs, 0)} (1,000 raw messages round trip)`,
      Number.isNaN(b.settleMs) ? '—' : times(b.settleMs, rawBurstMs, 1),
    ),
    row(
      `P5 items lost (counted by omni-mfe of ${ITEMS}; Assigned in the console, the ${ONE_MORE} one-more items included)`,
      `${ITEMS - b.counted} (${b.counted}; ${b.consoleAssigned})`,
      '—',
      '—',
      '0',
      b.counted === ITEMS,
    ),
    row(
      'P5 reconnects / resyncs during the burst (bridge loads; getAgentWorks calls)',
      `${b.reconnects} / ${b.resyncs}`,
      '—',
      '—',
      '0 / 0',
      b.reconnects === 0 && b.resyncs === 0,
    ),
    row(
      "P5 presence after the burst: omni-mfe shows; the console's",
      `${b.presence.shown}; ${b.presence.console}`,
      '—',
      '—',
      'equal',
      b.presence.shown === b.presence.console,
    ),
    row(
      `P5 one more item into the open panel of ${ITEMS}, its arrival in omni-mfe → the painted frame with its row, median / p95 / worst of ${b.oneMore.length}`,
      `${ms(quantile(painted, 0.5))} / ${ms(p95)} / ${ms(Math.max(...painted))}`,
      '—',
      '—',
      'p95 ≤ 16 ms',
      p95 <= 16,
    ),
  ];
}
