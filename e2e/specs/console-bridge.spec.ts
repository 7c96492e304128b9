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

  test("outside console mode omni-mfe says what to do in the console's words, and connects again when it is back", async ({
    sim,
    consoleKind,
  }) => {
    await sim.consoleMode.uncheck();
    await expect(sim.dc.consoleConnection).toHaveText(
      consoleKind === 'lightning'
        ? 'Omni-Channel works in Lightning console apps only: open Desktop Connect in an app whose navigation style is Console Navigation.'
        : 'Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.',
    );
    await sim.consoleMode.check();
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
  });

  test('after an outage, a read of the console that fails is retried until the panel, the bubble and the presence equal the console', async ({
    readySim: sim,
  }) => {
    await sim.killBridgeButton.click();
    await sim.route({ type: 'Case', subject: 'Routed during the outage', priority: 1, capacityWeight: 1 });
    await sim.chooseOmniStatus('On Break');
    // The console answers again, but its first reads fail: the work and the workload.
    await sim.call('failNext', 'getAgentWorks', 2);
    await sim.call('failNext', 'getAgentWorkload', 1);
    await sim.reloadBridgeButton.click();
    await expect(sim.dc.consoleConnection).toContainText(
      "Connected, but the Salesforce console's state could not be read: The Salesforce console refused",
    );
    await expect(sim.dc.consoleConnection).toContainText('Retrying…');
    await expect(sim.dc.syncStatus).toHaveText(
      "Sync: error — The Salesforce console's state could not be read; retrying.",
    );

    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console', { timeout: 10_000 });
    await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: On Break');
    await expect(sim.dc.dcState).toHaveValue('not-ready:break');
    await expect(sim.dc.syncStatus).toContainText('Sync: in sync');
    // The Case routed to the agent during the outage: in the bubble and the panel, as in the console.
    expect((await sim.agentWork()).map((w) => [w.subject, w.status])).toEqual([
      ['Routed during the outage', 'Assigned'],
    ]);
    await expect(sim.dc.workItemCount(1)).toBeAttached();
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workPanel.getByRole('listitem')).toHaveCount(1);
    await expect(sim.dc.workItem('Routed during the outage')).toBeVisible();
  });
});
