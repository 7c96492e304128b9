/**
 * `npm run soak:short`: the shift soak alone, two simulated hours (OMNI_SOAK_BLOCKS, 12 unless
 * set), enough to compare the last hour with the first. Writes docs/BENCHMARKS.md's soak section
 * only at full length (the whole shift alone, without the other suites of `npm run soak`).
 * With OMNI_BENCH_BREAK it is served that deliberate break (e2e/bench/breaks) and must fail.
 */
process.env['OMNI_SOAK_BLOCKS'] ??= '12';

// Imported after the block count is set: shift.ts reads it when loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runShiftSoak } = require('./shift-run') as typeof import('./shift-run');

// At full length (OMNI_SOAK_BLOCKS=48) it writes the soak section, naming this command.
runShiftSoak(`OMNI_SOAK_BLOCKS=${process.env['OMNI_SOAK_BLOCKS']} npm run soak:short`).then(
  () => console.log('The short shift passed.'),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
