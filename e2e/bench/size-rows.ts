/** P2's rows of docs/BENCHMARKS.md: what each agent loads, from the size report's figures. */
import type { measureSizes } from '../../omni-mfe/scripts/report-size';
import { OPEN_CTI_MAX_GZ, PAGE_JS_MAX_GZ, RELAY_JS_MAX_GZ } from '../../omni-mfe/scripts/size-budgets';
import { guarded, kb, row, times, type Row } from './figures';

export function sizeRows(s: ReturnType<typeof measureSizes>): Row[] {
  const floor = s.floorTotal!;
  // Sizes do not vary from run to run: the margin is npm test's size ratchet's, 1 %.
  const bytes = (key: string, n: number) => [key, n, 'B', Math.ceil(n * 0.01)] as const;
  const rows = [
    guarded(
      row(
        'P2 initial JS, gzip',
        kb(s.total.gzip),
        `${kb(floor.gzip)} (floor app)`,
        times(s.total.gzip, floor.gzip),
        '≤ 1.3x',
        s.total.gzip / floor.gzip <= 1.3,
      ),
      bytes('P2.initial.gzip', s.total.gzip),
    ),
    row('P2 initial JS, raw', kb(s.total.raw), kb(floor.raw), times(s.total.raw, floor.raw)),
    ...(s.openCti
      ? [
          row(
            'P2 of which the Open CTI transport (Lightning), gzip',
            kb(s.openCti.gzip),
            '—',
            '—',
            `≤ ${kb(OPEN_CTI_MAX_GZ)}`,
            s.openCti.gzip <= OPEN_CTI_MAX_GZ,
          ),
        ]
      : []),
    guarded(
      row('P2 remoteEntry.js, gzip', kb(s.remoteEntry.gzip), '—', '—', '≤ 8 KB', s.remoteEntry.gzip <= 8 * 1024),
      bytes('P2.remoteEntry.gzip', s.remoteEntry.gzip),
    ),
    guarded(
      row(
        "P2 the console bridge page's JS, gzip",
        kb(s.bridge.gzip),
        '—',
        '—',
        `≤ ${kb(PAGE_JS_MAX_GZ)}`,
        s.bridge.gzip <= PAGE_JS_MAX_GZ,
      ),
      bytes('P2.bridge.gzip', s.bridge.gzip),
    ),
  ];
  if (s.relay)
    rows.push(
      guarded(
        row(
          "P2 the Lightning relay's JS, gzip",
          kb(s.relay.gzip),
          '—',
          '—',
          `≤ ${kb(RELAY_JS_MAX_GZ)}`,
          s.relay.gzip <= RELAY_JS_MAX_GZ,
        ),
        bytes('P2.relay.gzip', s.relay.gzip),
      ),
    );
  return rows;
}
