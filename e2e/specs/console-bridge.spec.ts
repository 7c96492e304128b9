import { expect, test } from '../fixtures';

test.describe('console bridge in the simulated Salesforce console', () => {
  test('omni-mfe connects cross-origin through the bridge and follows the Omni-Channel presence', async ({ sim }) => {
    await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: Offline');
    await sim.chooseOmniStatus('Available');
    await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: Available');
    await sim.chooseOmniStatus('On Break');
    await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: On Break');
    expect(await sim.bridgeLoads()).toBe(1);
  });

  test('after a killed bridge, "Reload bridge" reconnects and resyncs what was missed', async ({ sim }) => {
    await sim.chooseOmniStatus('Available');
    await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: Available');

    await sim.killBridgeButton.click();
    await sim.chooseOmniStatus('On Break');
    // The bridge is dead: the change cannot have reached omni-mfe by its events.
    await sim.page.waitForTimeout(300);
    await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: Available');

    await sim.reloadBridgeButton.click();
    await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: On Break');
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
    expect(await sim.bridgeLoads()).toBe(2);
  });

  test('"Reload bridge" alone reconnects with nothing lost or doubled', async ({ sim }) => {
    await sim.chooseOmniStatus('Available for Cases');
    await sim.reloadBridgeButton.click();
    await sim.chooseOmniStatus('Available');
    await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: Available');
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
    expect(await sim.presence()).toBe('Available');
  });

  test('outside console mode omni-mfe says so, and connects again when it is back', async ({ sim }) => {
    await sim.consoleMode.uncheck();
    await expect(sim.dc.consoleConnection).toHaveText('Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.');
    await sim.consoleMode.check();
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
  });
});
