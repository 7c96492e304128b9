/**
 * `npm run soak:short`: the shift soak alone, two simulated hours (OMNI_SOAK_BLOCKS, 12 unless
 * set), enough to compare the last hour with the first. Writes nothing to docs/BENCHMARKS.md.
 * With OMNI_BENCH_BREAK it is served that deliberate break (e2e/bench/breaks) and must fail.
 */
process.env['OMNI_SOAK_BLOCKS'] ??= '12';

// Imported after the block count is set: shift.ts reads it when loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runShiftSoak } = require('./shift-run') as typeof import('./shift-run');

runShiftSoak().then(
  () => console.log('The short shift passed.'),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
