/**
 * Accepted benchmark figures move only by a command (`npm run bench:accept`, `npm run size --
 * --accept`), and every move is written down in docs/benchmarks-log.md by that command: raising
 * a figure needs a reason, which the entry carries.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const BENCH_LOG = resolve(__dirname, '../../docs/benchmarks-log.md');

export interface Move {
  readonly key: string;
  readonly from: number | null;
  readonly to: number;
  readonly unit: string;
}

/** The reason given after `--reason`, or null. */
export function reasonArg(argv: readonly string[]): string | null {
  const at = argv.indexOf('--reason');
  const reason = at >= 0 ? argv[at + 1]?.trim() : '';
  return reason ? reason : null;
}

/** Raised figures (worse, or accepted for the first time) need a reason; lowered ones do not. */
export const raised = (moves: readonly Move[]): Move[] => moves.filter((m) => m.from === null || m.to > m.from);

const fmt = (n: number | null, unit: string) => (n === null ? 'none' : `${n}${unit ? ` ${unit}` : ''}`);

/** Writes a dated entry naming every figure moved, and the reason when one was given: newest first. */
export function logMoves(what: string, moves: readonly Move[], reason: string | null, file = BENCH_LOG): void {
  if (!moves.length) return;
  const lines = moves.map((m) => `- \`${m.key}\`: ${fmt(m.from, m.unit)} → ${fmt(m.to, m.unit)}`);
  const why = reason ? `Reason: ${reason}` : 'Improvements only: no figure was raised.';
  const entry = `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${what}\n\n${why}\n\n${lines.join('\n')}\n\n`;
  const log = readFileSync(file, 'utf8');
  const at = log.indexOf('\n## ');
  writeFileSync(file, at < 0 ? `${log.trimEnd()}\n\n${entry}` : `${log.slice(0, at + 1)}${entry}${log.slice(at + 1)}`);
}
