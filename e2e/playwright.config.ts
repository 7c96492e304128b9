import { defineConfig } from '@playwright/test';
import type { ConsoleOptions } from './fixtures';
import { PLAIN_HOST_ORIGIN, SHELL_URL } from './servers/demo-sites';

/**
 * The specs that involve the console run against both simulated consoles. The others (the CSP
 * headers, the shell alone) and the Classic bridge's own attack (foreign-origin; Lightning's is
 * lightning-foreign-origin) run in the "classic" project only; specs named lightning-* run in the
 * "lightning" project only.
 */
const CONSOLE_SPECS = [
  'agent-tools',
  'chaos',
  'console-bridge',
  'decline-dialog',
  'lifecycle',
  'plain-host',
  'presence-sync',
  'work-items',
  'xss',
].map((name) => `**/${name}.spec.ts`);
const LIGHTNING_ONLY = '**/lightning-*.spec.ts';

/**
 * The suites that find timing bugs, run again under the adverse timing profile (docs/QA.md,
 * "Adverse timing"): presence both ways, the work-item lifecycle (a decline with its reason
 * included), the bridge (Lightning: relay) reloads and a failed resync, chaos. Tests that time
 * nothing (accessibility, motion, keyboard walks, the dialog's own focus and unmount) stay on the
 * calm profile only.
 */
const ADVERSE_SPECS = ['presence-sync', 'work-items', 'decline-dialog', 'console-bridge', 'chaos'].map(
  (name) => `**/${name}.spec.ts`,
);
const ADVERSE_SKIPS = /axe finds|prefers-reduced-motion|keyboard alone|Escape or a click outside|unmounts omni-mfe/;
/**
 * A fresh seed each run, printed once; `ADVERSE_SEED=<seed>` replays a run. Set here, in the runner's
 * process, so that every worker inherits the same one.
 */
const adverseFresh = process.env['ADVERSE_SEED'] === undefined;
process.env['ADVERSE_SEED'] ??= String(Math.floor(Math.random() * 2 ** 31));
const ADVERSE_SEED = Number(process.env['ADVERSE_SEED']);
/**
 * The adverse projects run with OMNI_ADVERSE=1, as `npm test` (test:e2e) sets it, or when named
 * (--project=classic-adverse, which sets it for the workers too). Other runs (a spec by name, the
 * soak's long chaos run, which mixes the adverse profile in itself) stay on the calm projects.
 */
if (process.argv.some((a) => /-adverse\b/.test(a))) process.env['OMNI_ADVERSE'] = '1';
const ADVERSE_ON = process.env['OMNI_ADVERSE'] === '1';
if (ADVERSE_ON && adverseFresh)
  console.log(`adverse timing seed ${ADVERSE_SEED} (replay: ADVERSE_SEED=${ADVERSE_SEED})`);
const adverseProjects = (['classic', 'lightning'] as const).map((consoleKind) => ({
  name: `${consoleKind}-adverse`,
  testMatch: ADVERSE_SPECS,
  grepInvert: ADVERSE_SKIPS,
  use: { browserName: 'chromium' as const, consoleKind, adverseRunSeed: ADVERSE_SEED },
  // A round trip alone may take 4 s here (a 1.5 s answer, then events up to 2.5 s later).
  timeout: 60_000,
  expect: { timeout: 10_000 },
}));

/**
 * e2e against the built demo (npm test builds it first). Debian's Chromium, because
 * Playwright's own browser download cannot be fetched on these machines.
 */
export default defineConfig<ConsoleOptions>({
  testDir: './specs',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: SHELL_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'classic',
      testIgnore: LIGHTNING_ONLY,
      use: { browserName: 'chromium', consoleKind: 'classic' },
    },
    {
      name: 'lightning',
      testMatch: [...CONSOLE_SPECS, LIGHTNING_ONLY],
      use: { browserName: 'chromium', consoleKind: 'lightning' },
    },
    ...(ADVERSE_ON ? adverseProjects : []),
  ],
  outputDir: '../dist/e2e-results',
  webServer: {
    command: 'npx ts-node --transpile-only e2e/servers/serve-demo.ts',
    cwd: '..',
    // The plain host (e2e/plain-host/) is a second shell: the console and the bridge page allow it.
    env: { DEMO_EXTRA_DC_ORIGINS: PLAIN_HOST_ORIGIN },
    // The servers start in order; omni-mfe's is the last one up.
    url: 'http://127.0.0.1:4201/remoteEntry.js',
    reuseExistingServer: !process.env['CI'],
    stdout: 'pipe',
    timeout: 60_000,
  },
});
