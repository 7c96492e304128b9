/**
 * Regression guard of `npm run bench`: every guarded row has a last accepted figure and a noise
 * margin in e2e/bench/accepted.json (one set for the full run, one for the quick run, since their
 * counts differ). A row worse than its accepted figure by more than its margin fails the run.
 * Every guarded figure is lower-is-better. Figures move only through `npm run bench:accept`.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** One measured figure a row is guarded by. */
export interface Figure {
  readonly key: string;
  /** The row's words, for messages. */
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  /** The least margin this figure gets, whatever the noise runs found (0 for counts that must stay 0). */
  readonly minMargin: number;
}

export interface Accepted {
  readonly accepted: number;
  readonly margin: number;
  readonly unit: string;
}
export type Mode = 'quick' | 'full';
export type AcceptedFile = Record<Mode, Record<string, Accepted>>;

export interface RunRecord {
  readonly at: string;
  readonly mode: Mode;
  /** The deliberate break the run was served, if any (never accepted). */
  readonly break: string | null;
  /** The families the run measured (P1 … P5, W), all when null. */
  readonly only: string[] | null;
  readonly figures: Figure[];
}

export const ACCEPTED_FILE = resolve(__dirname, 'accepted.json');
const RUNS_DIR = resolve(__dirname, '../../dist/bench');
export const lastRunFile = (mode: Mode) => resolve(RUNS_DIR, `last-${mode}.json`);
/** Every complete run without a break, one JSON a line: the noise runs `bench:accept --noise` reads. */
export const runsFile = (mode: Mode) => resolve(RUNS_DIR, `runs-${mode}.jsonl`);

export function readAccepted(file = ACCEPTED_FILE): AcceptedFile {
  if (!existsSync(file)) return { quick: {}, full: {} };
  return JSON.parse(readFileSync(file, 'utf8')) as AcceptedFile;
}

export function recordRun(run: RunRecord): void {
  mkdirSync(dirname(lastRunFile(run.mode)), { recursive: true });
  writeFileSync(lastRunFile(run.mode), `${JSON.stringify(run, null, 2)}\n`);
  if (!run.break && !run.only) appendFileSync(runsFile(run.mode), `${JSON.stringify(run)}\n`);
}

const show = (n: number, unit: string) => `${Number.isInteger(n) ? n : n.toFixed(2)}${unit ? ` ${unit}` : ''}`;

export interface Verdict {
  /** Rows worse than accepted + margin, each saying which and by how much. */
  readonly regressions: string[];
  /** Rows better than accepted − margin: `npm run bench:accept` would lower them. */
  readonly improvements: string[];
  /** Figures with no accepted value yet. */
  readonly unaccepted: string[];
}

export function judge(figures: readonly Figure[], accepted: Record<string, Accepted>): Verdict {
  const verdict: Verdict = { regressions: [], improvements: [], unaccepted: [] };
  for (const f of figures) {
    const a = accepted[f.key];
    if (!a) {
      verdict.unaccepted.push(`${f.figure} [${f.key}]: ${show(f.value, f.unit)}`);
      continue;
    }
    const worse = f.value - a.accepted;
    // NaN (a figure that could not be measured, e.g. a burst that never settled) is a regression.
    if (!(worse <= a.margin))
      verdict.regressions.push(
        `${f.figure} [${f.key}]: ${show(f.value, f.unit)} against ${show(a.accepted, a.unit)} accepted ` +
          `(margin ${show(a.margin, a.unit)}): ${Number.isNaN(worse) ? 'not measured' : `${show(worse, a.unit)} worse`}`,
      );
    else if (-worse > a.margin)
      verdict.improvements.push(`${f.figure} [${f.key}]: ${show(f.value, f.unit)}, ${show(-worse, a.unit)} better`);
  }
  return verdict;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * New accepted figures: from the last run, or (noise runs given) the median of those runs with
 * the margin twice the furthest a run fell above it, never below the row's least margin.
 */
export function nextAccepted(
  last: RunRecord,
  noiseRuns: readonly RunRecord[],
  current: Record<string, Accepted>,
): Record<string, Accepted> {
  const next: Record<string, Accepted> = {};
  for (const f of last.figures) {
    const seen = noiseRuns.flatMap((r) => r.figures.filter((g) => g.key === f.key).map((g) => g.value));
    // One-sided, as only worse fails: twice the furthest any run fell above the median.
    const measured = seen.length >= 2 ? 2 * (Math.max(...seen) - median(seen)) : 0;
    const margin = Math.max(f.minMargin, seen.length >= 2 ? measured : (current[f.key]?.margin ?? 0));
    const value = seen.length >= 2 ? median(seen) : f.value;
    next[f.key] = { accepted: round(value), margin: round(margin), unit: f.unit };
  }
  return next;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * `bench:accept --keys`: only the named rows move to their new figures, every other row keeps its
 * accepted figure, so that a row added or reshaped can be accepted without moving rows that a
 * change elsewhere made worse. Throws naming a key the last run did not measure.
 */
export function acceptOnly(
  next: Record<string, Accepted>,
  current: Record<string, Accepted>,
  keys: readonly string[],
): Record<string, Accepted> {
  const missing = keys.filter((k) => !next[k]);
  if (missing.length) throw new Error(`the last run did not measure ${missing.join(', ')}`);
  return { ...current, ...Object.fromEntries(keys.map((k) => [k, next[k]])) };
}
