/** The table's rows and the run's sanity checks: every figure computed, none typed in. */
import type { Accepted, Figure } from './guard';

export interface Row {
  readonly figure: string;
  readonly value: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  /** Whether the target is met; null when the row has no target. */
  readonly met: boolean | null;
  /** The figures the regression guard compares with the row's accepted ones (guard.ts). */
  readonly guards?: readonly Figure[];
}

/** One guard: key in e2e/bench/accepted.json, value (lower is better), unit, least margin. */
export type GuardSpec = readonly [key: string, value: number, unit: string, minMargin: number];

/** The row, guarded by each spec's value under its key in e2e/bench/accepted.json. */
export const guarded = (r: Row, ...specs: GuardSpec[]): Row => ({
  ...r,
  guards: [
    ...(r.guards ?? []),
    ...specs.map(([key, value, unit, minMargin]) => ({ key, figure: r.figure, value, unit, minMargin })),
  ],
});

/** Guards rows by position (null: the row has no guard). */
export const guardAll = (rows: readonly Row[], specs: readonly (GuardSpec | readonly GuardSpec[] | null)[]): Row[] =>
  rows.map((r, i) => {
    const spec = specs[i];
    if (!spec) return r;
    return typeof spec[0] === 'string' ? guarded(r, spec as GuardSpec) : guarded(r, ...(spec as GuardSpec[]));
  });

export const row = (
  figure: string,
  value: string,
  baseline = '—',
  ratio = '—',
  target = '—',
  met: boolean | null = null,
): Row => ({ figure, value, baseline, ratio, target, met });

export const quantile = (xs: readonly number[], q: number): number => {
  if (!xs.length) return Number.NaN;
  return [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
};
export const pq = (xs: readonly number[]): number[] => [0.5, 0.95, 0.99].map((q) => quantile(xs, q));
export const ms = (t: number, digits = 1): string => `${t.toFixed(digits)} ms`;
export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const times = (a: number, b: number, digits = 2): string => `${(a / b).toFixed(digits)}x`;
/** p50 / p95 / p99 of `xs`, in ms. */
export const spread = (xs: readonly number[]): string =>
  `${pq(xs)
    .map((x) => x.toFixed(2))
    .join(' / ')} ms`;
/** p50 / p95 / p99 of `xs` over those of `base`. */
export const spreadRatio = (xs: readonly number[], base: readonly number[]): string =>
  `${pq(xs)
    .map((x, i) => (x / pq(base)[i]).toFixed(1))
    .join(' / ')}x`;

export function table(rows: readonly Row[], accepted: Record<string, Accepted> = {}): string {
  const mark = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**missed**');
  const one = (g: Figure) => {
    const a = accepted[g.key];
    return a ? `${+a.accepted.toFixed(2)} + ${+a.margin.toFixed(2)}${a.unit ? ` ${a.unit}` : ''}` : 'none yet';
  };
  const held = (gs?: readonly Figure[]) => (gs?.length ? gs.map(one).join('; ') : '—');
  return [
    '| figure | omni-mfe | baseline | ratio | target | | accepted + noise margin |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) => `| ${[r.figure, r.value, r.baseline, r.ratio, r.target, mark(r.met), held(r.guards)].join(' | ')} |`,
    ),
  ].join('\n');
}

/**
 * Sanity checks: not targets, but conditions without which the figures mean nothing (an event
 * lost, a toolkit answer failed, counts that do not add up). Any failure fails `npm run bench`.
 */
export class SanityChecks {
  readonly failures: string[] = [];
  readonly passed: string[] = [];

  check(ok: boolean, what: string, found: string): void {
    if (ok) this.passed.push(what);
    else this.failures.push(`${what}: ${found}`);
  }
}
