import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import type { ConsoleKind } from './console-sim/control-api';
import { ConsoleSimPage } from './pages/console-sim-page';
import { DesktopConnectPage } from './pages/desktop-connect-page';

export interface ConsoleOptions {
  /** Which simulated console the test runs against: the Playwright project's (playwright.config.ts). */
  consoleKind: ConsoleKind;
  /**
   * The run's adverse timing seed (the *-adverse projects; undefined: calm). Each test opens the
   * console with its own seed, derived from this one and its title, printed and annotated.
   */
  adverseRunSeed: number | undefined;
}

interface Fixtures {
  /** Console errors and uncaught exceptions of the page; a test that expects some clears them. */
  pageErrors: string[];
  dc: DesktopConnectPage;
  /** A console page object for the project's console kind, not opened yet. */
  newSim: (page?: Page) => ConsoleSimPage;
  /** The simulated console, opened, with omni-mfe connected through the bridge (Lightning: the relay). */
  sim: ConsoleSimPage;
  /** The same, with agent 1001 logged in to DC and Ready, Omni-Channel Available, in sync. */
  readySim: ConsoleSimPage;
}

/** Every test fails on a console error or uncaught exception it did not expect. */
export const test = base.extend<Fixtures & ConsoleOptions>({
  consoleKind: ['classic', { option: true }],
  adverseRunSeed: [undefined, { option: true }],
  newSim: async ({ page, consoleKind, adverseRunSeed }, use, testInfo) => {
    const seed =
      adverseRunSeed === undefined
        ? undefined
        : testSeed(adverseRunSeed, `${testInfo.project.name} ${testInfo.titlePath.join(' › ')}`);
    if (seed !== undefined) {
      const replay = `ADVERSE_SEED=${adverseRunSeed} (this test: ?timing=adverse&seed=${seed})`;
      testInfo.annotations.push({ type: 'adverse timing', description: replay });
      console.log(`adverse timing: ${testInfo.title}: ${replay}`);
    }
    await use((on = page) => new ConsoleSimPage(on, consoleKind, seed));
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    await use(errors);
    expect(errors, 'console errors and uncaught exceptions').toEqual([]);
  },
  dc: async ({ page, pageErrors }, use) => {
    void pageErrors;
    await use(new DesktopConnectPage(page));
  },
  sim: async ({ newSim, pageErrors, consoleKind }, use, testInfo) => {
    void pageErrors;
    const sim = newSim();
    await sim.open();
    // Under adverse timing, half the Lightning tests (odd seeds) run as an org before Winter '26,
    // whose StatusChanged has no `reason`: omni-mfe must hold up on both.
    if (consoleKind === 'lightning' && sim.adverseSeed !== undefined && sim.adverseSeed % 2 === 1) {
      await sim.call('setStatusReasons', false);
      testInfo.annotations.push({ type: 'adverse timing', description: 'StatusChanged without reason' });
    }
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
    await use(sim);
    if (testInfo.status !== testInfo.expectedStatus) await reportSyncState(sim, testInfo);
  },
  readySim: async ({ sim }, use) => {
    await sim.dc.logIn('1001');
    await sim.dc.chooseDcState('Ready');
    // The pair, not only "in sync": the text before Ready was chosen says "in sync" too.
    await expect(sim.dc.syncStatus).toContainText('Sync: in sync — ready ↔ Available');
    expect(await sim.presence()).toBe('Available');
    await use(sim);
  },
});

/**
 * A failed test prints what the sync saw, so that a timing failure in CI (where the trace is not
 * kept) can be read from the log: Sync details as the agent sees them, and the console's presence.
 */
async function reportSyncState(sim: ConsoleSimPage, testInfo: TestInfo): Promise<void> {
  const details = await Promise.race([
    sim.dc.syncDetails().catch((e: unknown) => `(Sync details unreadable: ${String(e)})`),
    new Promise<string>((resolve) => setTimeout(() => resolve('(Sync details: no answer in 3 s)'), 3_000)),
  ]);
  const presence = await sim.presence().catch(() => '(unreadable)');
  // Sync details' text runs its log lines together: one line per time stamp reads better.
  const text = `console presence: ${presence}\n${details.replace(/(\d\d:\d\d:\d\d )/g, '\n$1')}`;
  await testInfo.attach('sync state at failure', { body: text, contentType: 'text/plain' });
  console.log(`sync state at failure of "${testInfo.title}":\n${text}`);
}

/** A test's own seed: the run's, mixed with its project and title (FNV-1a), so that tests differ but replay. */
function testSeed(runSeed: number, title: string): number {
  let hash = 0x811c9dc5 ^ runSeed;
  for (let i = 0; i < title.length; i++) hash = Math.imul(hash ^ title.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export { expect };
