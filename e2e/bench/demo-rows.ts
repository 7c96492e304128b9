/** The rows of docs/BENCHMARKS.md for the whole demo, P1 and P5, with their targets and guards. */
import type { BurstFigures } from './burst';
import { CHANGES, ITEMS, ONE_MORE } from './burst';
import { guardAll, ms, pq, quantile, row, spread, spreadRatio, times, type Row } from './figures';

const P1_P99_MAX = 3;

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
      `${spread(toOmni.rawAfter)} (raw DC → console → DC round trips, a steady stream at random times through the same frames)`,
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
  const missed = b.oneMore.map((o) => o.missed);
  const missedP95 = quantile(missed, 0.95);
  return guardAll(burstRows0(b, rawBurstMs, painted, p95, missed), [
    ['P5.settle.ratio', b.settleMs / rawBurstMs, 'x', 0.5],
    ['P5.lost', ITEMS - b.counted, '', 0],
    [
      ['P5.reconnects', b.reconnects, '', 0],
      ['P5.resyncs', b.resyncs, '', 0],
    ],
    ['P5.presenceDiffers', b.presence.shown === b.presence.console ? 0 : 1, '', 0],
    ['P5.painted.p95', p95, 'ms', 2],
    ['P5.framesMissed.p95', missedP95, '', 0],
  ]);
}

function burstRows0(b: BurstFigures, rawBurstMs: number, painted: number[], p95: number, missed: number[]): Row[] {
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
    ),
    row(
      `P5 the same items: frames rendered after the item's arrival before the one that paints its row, median / p95 / worst`,
      `${quantile(missed, 0.5)} / ${quantile(missed, 0.95)} / ${Math.max(...missed)}`,
      '—',
      '—',
      'p95 = 0 (painted in the first frame after arrival)',
      quantile(missed, 0.95) === 0,
    ),
  ];
}
