/**
 * `npm run bench:accept -- [--quick] [--noise N] [--keys K1,K2] [--reason "…"]`: makes the last
 * `npm run bench` (`--quick`: the last quick run) the accepted figures in e2e/bench/accepted.json
 * (`--keys`: only those rows, from a run that measured them, partial or not). With `--noise
 * N` the accepted figure is the median of the last N complete runs and each row's margin twice
 * their spread (never below the row's own least margin). A raised figure, or a row accepted for
 * the first time, needs `--reason`; every move is logged in docs/benchmarks-log.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { logMoves, raised, reasonArg, type Move } from '../../omni-mfe/scripts/accept-log';
import {
  ACCEPTED_FILE,
  acceptOnly,
  lastRunFile,
  nextAccepted,
  readAccepted,
  runsFile,
  type Mode,
  type RunRecord,
} from './guard';

function main(argv: readonly string[]): number {
  const mode: Mode = argv.includes('--quick') ? 'quick' : 'full';
  const noiseAt = argv.indexOf('--noise');
  const noise = noiseAt >= 0 ? Number(argv[noiseAt + 1]) : 0;
  const keysAt = argv.indexOf('--keys');
  const keys = keysAt >= 0 ? (argv[keysAt + 1] ?? '').split(',').filter(Boolean) : null;
  if (keys && !keys.length) throw new Error('--keys: name the rows, e.g. --keys S.relayReload.median.ratio');
  if (!existsSync(lastRunFile(mode))) throw new Error(`no ${mode} run to accept: run npm run bench first`);
  const last = JSON.parse(readFileSync(lastRunFile(mode), 'utf8')) as RunRecord;
  if (last.break) throw new Error(`the last ${mode} run was served the deliberate break "${last.break}"`);
  if (last.only && !keys) throw new Error(`the last ${mode} run measured only ${last.only.join(', ')}: run them all`);
  const runs = noise
    ? readFileSync(runsFile(mode), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as RunRecord)
        .slice(-noise)
    : [];
  if (noise && runs.length < Math.max(2, noise)) throw new Error(`--noise ${noise}: only ${runs.length} runs recorded`);
  const file = readAccepted();
  const all = nextAccepted(last, runs, file[mode]);
  const next = keys ? acceptOnly(all, file[mode], keys) : all;
  // A wider margin loosens the guard as a higher figure does: both are moves, logged alike.
  const moves: Move[] = Object.entries(next)
    .flatMap(([key, a]) => [
      { key, from: file[mode][key]?.accepted ?? null, to: a.accepted, unit: a.unit },
      { key: `${key} (margin)`, from: file[mode][key]?.margin ?? null, to: a.margin, unit: a.unit },
    ])
    .filter((m) => m.from !== m.to);
  const reason = reasonArg(argv);
  const up = raised(moves);
  if (up.length && !reason) {
    console.error(`These ${mode} figures would be raised; say why with --reason "…":`);
    up.forEach((m) => console.error(`  ${m.key}: ${m.from ?? 'none'} → ${m.to} ${m.unit}`));
    return 1;
  }
  writeFileSync(ACCEPTED_FILE, `${JSON.stringify({ ...file, [mode]: next }, null, 2)}\n`);
  logMoves(`accepted ${mode} bench figures${noise ? ` (margins from ${runs.length} runs)` : ''}`, moves, reason);
  console.log(`${moves.length} ${mode} figures moved (${up.length} raised); e2e/bench/accepted.json written.`);
  return 0;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
