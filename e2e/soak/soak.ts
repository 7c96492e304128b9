/**
 * `npm run soak`: the long versions of the reliability suites. The pure properties run here in
 * Node; the chaos e2e runs in Playwright with 1,000 operations. Prints one closing line.
 */
import { spawnSync } from 'node:child_process';
import { bridgeWindowIntakeIsSafe } from '../../omni-mfe/bridge/testing/bridge-intake.properties';
import { syncModelProperty, syncWithRefusalsProperty } from '../../omni-mfe/src/app/presence/sync/testing/sync-model.properties';
import { intakeAcceptsOnlyExactEnvelopes, intakeNeverThrows } from '../../shared/bridge/testing/intake.properties';

const FUZZ = Number(process.env['OMNI_SOAK_FUZZ'] ?? 100_000);
const SYNC = Number(process.env['OMNI_SOAK_SYNC'] ?? 10_000);
const CHAOS = process.env['OMNI_SOAK_CHAOS'] ?? '1000';

/** Node's MessageEvent wants MessagePorts as sources; they stand in for the windows here. */
function fakeWindow(): Window {
  const port = new MessageChannel().port1 as unknown as { postMessage: () => void };
  port.postMessage = () => undefined;
  return port as unknown as Window;
}

const suites: [string, () => void][] = [
  [`R1 MFE intake: ${FUZZ} arbitrary values never throw`, () => intakeNeverThrows(FUZZ)],
  [`R1 MFE intake: ${FUZZ} near and hostile envelopes`, () => intakeAcceptsOnlyExactEnvelopes(FUZZ)],
  [`R1 bridge page intake: ${FUZZ} hostile messages`, () => bridgeWindowIntakeIsSafe(FUZZ, new EventTarget(), fakeWindow(), fakeWindow())],
  [`R4 sync model: ${SYNC} runs`, () => syncModelProperty(SYNC)],
  [`R4 sync model with refusals: ${SYNC} runs`, () => syncWithRefusalsProperty(SYNC)],
];

let passed = 0;
let failed = 0;
for (const [name, run] of suites) {
  const started = Date.now();
  try {
    run();
    passed++;
    console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}\n${(err as Error).message}`);
  }
}

const chaos = spawnSync('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', 'chaos', 'lifecycle'], {
  stdio: 'inherit',
  env: { ...process.env, OMNI_CHAOS_OPS: CHAOS, OMNI_MOUNT_CYCLES: '200' },
});
if (chaos.status === 0) passed++;
else failed++;
console.log(`R3 chaos (${CHAOS} operations) and R7 lifecycle (200 cycles): ${chaos.status === 0 ? 'ok' : 'FAIL'}`);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
