/** P3's and P4's rows of docs/BENCHMARKS.md (P2: size-rows.ts; P1, P5: demo-rows.ts), with their targets and guards. */
import { guardAll, guarded, mb, ms, quantile, row, times, type Row } from './figures';
import { CYCLES, WARM, type LeakFigures } from './host-figures';

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
