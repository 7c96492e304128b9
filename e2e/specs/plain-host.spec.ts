import { expect, test } from '../fixtures';
import type { ConsoleSimPage } from '../pages/console-sim-page';
import { PLAIN_HOST_ORIGIN } from '../servers/demo-sites';

/**
 * omni-mfe in a second shell: e2e/plain-host/, a plain single-spa host without webpack, written
 * from docs/SHELL-INTEGRATION.md only, framed by the console through `?dc=` (its origin is
 * allowed with DEMO_EXTRA_DC_ORIGINS by the e2e web server).
 */
test.describe('a plain single-spa host, without webpack', () => {
  let sim: ConsoleSimPage;

  test.beforeEach(async ({ page, newSim, pageErrors }) => {
    void pageErrors;
    sim = newSim();
    await sim.open(`?dc=${PLAIN_HOST_ORIGIN}/`);
    await expect(sim.dc.omniModule).toContainText('Log in to Desktop Connect to use Omni-Channel.');
    // The softphone really is the plain host, not the demo shell.
    expect(page.frames().map((f) => f.url().replace(/\?.*$/, ''))).toContain(`${PLAIN_HOST_ORIGIN}/`);
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
  });

  async function optionValue(label: string): Promise<string> {
    return sim.omniStatus
      .locator('option', { hasText: new RegExp(`^${label}$`) })
      .getAttribute('value') as Promise<string>;
  }

  test('connects, syncs presence both ways and handles a work item', async () => {
    await sim.dc.logIn('1001');
    await expect(sim.dc.omniModule).toContainText('Agent 1001');
    await sim.dc.chooseDcState('Ready');
    await expect(sim.dc.syncStatus).toContainText('Sync: in sync');
    await expect(sim.omniStatus).toHaveValue(await optionValue('Available'));

    // Console → host: a status chosen in the Omni-Channel widget moves the host's DC state.
    await sim.chooseOmniStatus('On Break');
    await expect(sim.dc.dcState).toHaveValue('not-ready:break');
    await expect(sim.dc.omniModule).toContainText('DC state: Not Ready – Break');
    // Host → console: a DC state chosen in the host moves Omni-Channel.
    await sim.dc.chooseDcState('Ready');
    await expect(sim.omniStatus).toHaveValue(await optionValue('Available'));
    await expect(sim.dc.syncStatus).toContainText('Sync: in sync');
    expect(await sim.presence()).toBe('Available');

    const caseId = await sim.route({ type: 'Case', subject: 'Plain host case', priority: 1, capacityWeight: 2 });
    await expect(sim.dc.workItemCount(1)).toBeAttached();
    await sim.dc.openWorkPanel();
    const item = sim.dc.workItem('Plain host case');
    await item.getByRole('button', { name: 'Accept' }).click();
    await expect(item).toContainText('Accepted');
    await expect(sim.consoleTabs.getByRole('tab', { name: caseId })).toBeVisible();
    await item.getByRole('button', { name: 'Close' }).click();
    await expect(item).toHaveCount(0);
    await expect(sim.dc.workItemCount(0)).toBeAttached();
    expect((await sim.workOf(caseId)).map((w) => w.status)).toEqual(['Closed']);
  });
});

test('the console refuses a ?dc= URL whose origin is not allowed, and says why', async ({
  page,
  newSim,
  pageErrors,
}) => {
  void pageErrors;
  const sim = newSim();
  await sim.open('?dc=http://127.0.0.1:4399/');
  await expect(page.getByRole('alert')).toHaveText(
    `Desktop Connect was not opened: http://127.0.0.1:4399 is not an allowed Desktop Connect origin (allowed: http://127.0.0.1:4200, ${PLAIN_HOST_ORIGIN}). Start the demo with DEMO_EXTRA_DC_ORIGINS=http://127.0.0.1:4399 to allow it.`,
  );
  await expect(page.getByTitle('Desktop Connect softphone')).toBeHidden();
  expect(page.frames().filter((f) => f.url().startsWith('http://127.0.0.1:4399'))).toEqual([]);
});
