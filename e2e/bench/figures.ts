/** The table's rows and the run's sanity checks: every figure computed, none typed in. */

export interface Row {
  readonly figure: string;
  readonly value: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  /** Whether the target is met; null when the row has no target. */
  readonly met: boolean | null;
}

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

export function table(rows: readonly Row[]): string {
  const mark = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**missed**');
  return [
    '| figure | omni-mfe | baseline | ratio | target | |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${[r.figure, r.value, r.baseline, r.ratio, r.target, mark(r.met)].join(' | ')} |`),
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
