/**
 * `npm test`'s size gate is a ratchet: each figure may grow at most 1 % past its last accepted
 * value (omni-mfe/scripts/size-accepted.json). `npm run size -- --accept` makes the current build
 * the accepted one: shrinking needs no more, growing needs `--reason "…"`, and every move is
 * written to docs/benchmarks-log.md by that command.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { logMoves, raised, type Move } from './accept-log';

export const SIZE_ACCEPTED = resolve(__dirname, 'size-accepted.json');
/** How far past its accepted value a figure may be before the check fails. */
export const RATCHET_ROOM = 0.01;

/** gzip bytes, by figure: omni-mfe's initial JS, remoteEntry.js, the bridge page's and relay's JS. */
export type SizeFigures = Record<string, number>;

export function readSizeAccepted(file = SIZE_ACCEPTED): SizeFigures {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SizeFigures) : {};
}

/** Each figure past its accepted value + 1 %, said with both and by how much. */
export function ratchetProblems(now: SizeFigures, accepted: SizeFigures): string[] {
  return Object.entries(now).flatMap(([key, bytes]) => {
    const a = accepted[key];
    if (a === undefined) return [`${key} (${bytes} B gz) has no accepted size: npm run size -- --accept --reason "…"`];
    if (bytes <= a * (1 + RATCHET_ROOM)) return [];
    const pct = ((bytes / a - 1) * 100).toFixed(1);
    return [`${key} is ${bytes} B gz, ${bytes - a} B (${pct} %) past its accepted ${a} B (at most +1 %)`];
  });
}

/** Figures now smaller than accepted: `npm run size -- --accept` would lock them in. */
export const ratchetGains = (now: SizeFigures, accepted: SizeFigures): string[] =>
  Object.entries(now)
    .filter(([key, bytes]) => accepted[key] !== undefined && bytes < accepted[key])
    .map(([key, bytes]) => `${key} ${accepted[key]} → ${bytes} B gz`);

/** Writes the current figures as accepted; false (nothing written) when one grew without a reason. */
export function acceptSizes(now: SizeFigures, reason: string | null, file = SIZE_ACCEPTED): boolean {
  const accepted = readSizeAccepted(file);
  const moves: Move[] = Object.entries(now)
    .map(([key, bytes]) => ({ key, from: accepted[key] ?? null, to: bytes, unit: 'B gz' }))
    .filter((m) => m.from !== m.to);
  const up = raised(moves);
  if (up.length && !reason) {
    console.error(`These sizes would be raised; say why with --reason "…":`);
    up.forEach((m) => console.error(`  ${m.key}: ${m.from ?? 'none'} → ${m.to} B gz`));
    return false;
  }
  writeFileSync(file, `${JSON.stringify(now, null, 2)}\n`);
  logMoves('accepted sizes (npm run size -- --accept)', moves, reason);
  console.log(`${moves.length} sizes moved (${up.length} raised); ${file} written.`);
  return true;
}

/** What only the deliberate-break build carries (e2e/bench/breaks): never in a shipped file. */
export const BREAK_MARKERS = ['OMNI_DELIBERATE_BREAK', '__omniDeliberateBreak'];

/** Shipped JS files (under `dirs`, recursively) that carry a deliberate break's marker. */
export function shippedBreaks(dirs: readonly string[]): string[] {
  const files = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
        )
      : [];
  return dirs.flatMap(files).filter((f) => {
    const text = readFileSync(f, 'utf8');
    return BREAK_MARKERS.some((m) => text.includes(m));
  });
}
