/**
 * `npm run bench:breaks`: shows that each benchmark check can fail. Runs the quick bench against
 * each deliberate break (e2e/bench/breaks) and passes only when every run fails on the guarded
 * row meant to catch that break, naming it; the size check must also fail on the break build, and
 * the shipped build must pass the same runs first (the control).
 *
 * `--ci` (part of `npm test`): one break per family, each measuring only its family, no control
 * run; the shipped build is held by `npm run size -- --check` and by `npm run bench` itself.
 * Without `--ci`, every break, each against the whole quick bench, after a control run.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { BREAKS, CAUGHT_BY, type BreakName } from './breaks/break-names';

const ROOT = resolve(__dirname, '../..');
const CI = process.argv.includes('--ci');
/** The CI form: one break per family. */
const CI_BREAKS: BreakName[] = [
  'extra-js',
  'listener-leak',
  'idle-timer',
  'busy-status',
  'drop-work-item',
  'growing-timer',
];

interface Outcome {
  code: number | null;
  out: string;
  seconds: number;
}

function run(cmd: string, args: string[], env: Record<string, string>): Outcome {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, seconds: (Date.now() - t0) / 1000 };
}

const bench = (env: Record<string, string>) =>
  run('npx', ['ts-node', '--transpile-only', '-r', 'tsconfig-paths/register', 'e2e/bench/run-bench.ts'], {
    OMNI_BENCH_QUICK: '1',
    ...env,
  });

/** The regression lines a run printed. */
const regressions = (out: string) => out.split('\n').filter((l) => l.startsWith('REGRESSION'));

/** The shift soak's short form (two simulated hours), served `name` when given. */
const shortShift = (name?: BreakName) =>
  run('npx', ['ts-node', '--transpile-only', '-r', 'tsconfig-paths/register', 'e2e/soak/shift-short.ts'], {
    ...(name ? { OMNI_BENCH_BREAK: name } : {}),
  });

function caughtBySoak(name: BreakName): string | null {
  const { key, what } = CAUGHT_BY[name];
  const o = shortShift(name);
  const hit = o.out.split('\n').find((l) => l.includes(key) && /at most/.test(l) && /^\s*- /.test(l));
  const head = `${name} (${what}), the shift soak's short form, ${o.seconds.toFixed(0)} s`;
  if (o.code !== 0 && hit) {
    console.log(`caught: ${head}\n  ${hit.trim()}`);
    return null;
  }
  console.error(o.out);
  return `${head}: ${o.code === 0 ? 'the shift passed' : `no problem naming the ${key}`}`;
}

function caught(name: BreakName): string | null {
  const { family, key, what } = CAUGHT_BY[name];
  if (family === 'soak') return caughtBySoak(name);
  const o = bench({ OMNI_BENCH_BREAK: name, ...(CI ? { OMNI_BENCH_ONLY: family } : {}) });
  const hit = regressions(o.out).find((l) => l.includes(`[${key}]`));
  const head = `${name} (${what}), ${CI ? `${family} only` : 'whole quick bench'}, ${o.seconds.toFixed(0)} s`;
  if (o.code !== 0 && hit) {
    console.log(`caught: ${head}\n  ${regressions(o.out).join('\n  ')}`);
    return null;
  }
  console.error(o.out);
  return `${head}: ${o.code === 0 ? 'the bench passed' : `no regression named ${key}`}`;
}

function sizeCheckCatchesExtraJs(): string | null {
  const o = run(
    'npx',
    ['ts-node', '--transpile-only', 'omni-mfe/scripts/report-size.ts', '--check', '--omni', 'dist/breaks/omni-mfe'],
    {},
  );
  const line = o.out.split('\n').find((l) => l.startsWith('Size check failed'));
  if (o.code !== 0 && line?.includes('omni-mfe initial JS')) {
    console.log(`caught: extra-js by npm run size -- --check\n  ${line}`);
    return null;
  }
  return `extra-js: the size check did not fail on omni-mfe's initial JS\n${o.out}`;
}

function main(): number {
  const failures: string[] = [];
  if (!CI) {
    const control = bench({});
    console.log(`control: the shipped build, whole quick bench, ${control.seconds.toFixed(0)} s: exit ${control.code}`);
    if (control.code !== 0) {
      console.error(control.out);
      failures.push('the shipped build failed the quick bench: a break caught would prove nothing');
    }
    const shift = shortShift();
    console.log(
      `control: the shipped build, the shift soak's short form, ${shift.seconds.toFixed(0)} s: exit ${shift.code}`,
    );
    if (shift.code !== 0) {
      console.error(shift.out);
      failures.push("the shipped build failed the shift soak's short form");
    }
  }
  const size = sizeCheckCatchesExtraJs();
  if (size) failures.push(size);
  for (const name of CI ? CI_BREAKS : BREAKS) {
    const miss = caught(name);
    if (miss) failures.push(miss);
  }
  for (const f of failures) console.error(`NOT CAUGHT: ${f}`);
  console.log(
    failures.length ? `${failures.length} breaks not caught.` : 'Every deliberate break was caught by its row.',
  );
  return failures.length ? 1 : 0;
}

process.exit(main());
