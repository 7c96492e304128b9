/**
 * `npm run soak`: the long versions of the reliability suites. The pure properties run here in
 * Node; the shift runs the whole demo in Chromium; the chaos e2e runs in Playwright with 1,000
 * operations, switching between the calm and the adverse timing profile as it goes (a fresh seed,
 * printed; `npm run soak -- --seed N` replays one). Prints one closing
 * line and writes the shift's figures into docs/BENCHMARKS.md's soak section.
 */
import { spawnSync } from 'node:child_process';
// The sync model words its log with $localize, as omni-mfe's build inlines it; Node needs the runtime.
import '@angular/localize/init';
import { bridgeWindowIntakeIsSafe } from '../../omni-mfe/console-side/testing/bridge-intake.properties';
import {
  syncModelProperty,
  syncWithRefusalsProperty,
} from '../../omni-mfe/src/app/presence/sync/testing/sync-model.properties';
import {
  intakeAcceptsOnlyExactEnvelopes,
  intakeKeepsExactlyWhatIsValid,
  intakeNeverThrows,
} from '../../shared/protocol/testing/intake.properties';
import { runShiftSoak } from './shift-run';

const FUZZ = Number(process.env['OMNI_SOAK_FUZZ'] ?? 100_000);
const SYNC = Number(process.env['OMNI_SOAK_SYNC'] ?? 10_000);
const CHAOS = process.env['OMNI_SOAK_CHAOS'] ?? '1000';
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? process.argv[seedAt + 1] : undefined;

/** Node's MessageEvent wants MessagePorts as sources; they stand in for the windows here. */
function fakeWindow(): Window {
  const port = new MessageChannel().port1 as unknown as { postMessage: () => void };
  port.postMessage = () => undefined;
  return port as unknown as Window;
}

const suites: [string, () => void | Promise<void>][] = [
  [`R1 MFE intake: ${FUZZ} arbitrary values never throw`, () => intakeNeverThrows(FUZZ)],
  [`R1 MFE intake: ${FUZZ} near and hostile envelopes`, () => intakeAcceptsOnlyExactEnvelopes(FUZZ)],
  [
    `R1 MFE intake: ${FUZZ} valid messages kept exactly, broken ones refused`,
    () => intakeKeepsExactlyWhatIsValid(FUZZ),
  ],
  [
    `R1 bridge page intake: ${FUZZ} hostile messages`,
    () => bridgeWindowIntakeIsSafe(FUZZ, new EventTarget(), fakeWindow(), fakeWindow()),
  ],
  [`R4 sync model: ${SYNC} runs`, () => syncModelProperty(SYNC)],
  [`R4 sync model with refusals: ${SYNC} runs`, () => syncWithRefusalsProperty(SYNC)],
  ['R8 shift: eight compressed hours through the whole demo', () => runShiftSoak()],
];

async function main(): Promise<number> {
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  for (const [name, run] of suites) {
    const t0 = Date.now();
    try {
      await run();
      passed++;
      console.log(`ok   ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (err) {
      failed++;
      console.log(`FAIL ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n${(err as Error).message}`);
    }
  }
  const t0 = Date.now();
  const chaos = spawnSync('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', 'chaos', 'lifecycle'], {
    stdio: 'inherit',
    // The chaos run mixes the adverse timing profile in (specs/chaos.spec.ts, OMNI_CHAOS_TIMING).
    env: {
      ...process.env,
      OMNI_CHAOS_OPS: CHAOS,
      OMNI_CHAOS_TIMING: 'mixed',
      OMNI_MOUNT_CYCLES: '200',
      ...(SEED ? { CHAOS_SEED: SEED } : {}),
    },
  });
  if (chaos.status === 0) passed++;
  else failed++;
  console.log(
    `${chaos.status === 0 ? 'ok  ' : 'FAIL'} R3 chaos (${CHAOS} operations) and R7 lifecycle (200 cycles) (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  console.log(`${passed} passed, ${failed} failed, in ${((Date.now() - started) / 60000).toFixed(1)} min`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
