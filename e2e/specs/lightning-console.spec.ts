import { expect, test } from '../fixtures';
import type { ConsoleSimPage } from '../pages/console-sim-page';

/** What only the Lightning console has: logout reasons, Open CTI's publish errors, relay restarts, 18-character ids. */
test.describe("Lightning console: Lightning's own cases", () => {
  test('a logout for a duplicate login (or by a supervisor) is told to the agent in words', async ({
    readySim: sim,
  }) => {
    await sim.call('logOut', 'DuplicateLogin');
    await expect(sim.dc.omniPresence).toHaveText(
      'Omni-Channel: Offline — you were logged out because you logged in to Omni-Channel somewhere else.',
    );
    expect(await sim.presence()).toBe('Offline');
    await expect(sim.dc.dcState).toHaveValue('not-ready');

    await sim.chooseOmniStatus('Available');
    await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: Available');
    await sim.call('logOut', 'OmniSupervisorLogout');
    await expect(sim.dc.omniPresence).toHaveText(
      'Omni-Channel: Offline — a supervisor logged you out of Omni-Channel.',
    );
  });

  test('a publish that Open CTI refuses is shown, retried, and the change still reaches Omni-Channel', async ({
    readySim: sim,
  }) => {
    await sim.call('failNextPublish', 2);
    await sim.dc.chooseDcState('Not Ready – Break');
    await expect(sim.dc.consoleConnection).toContainText(
      'Open CTI could not publish on the message channel dcOmniBridge__c (SOFTPHONE_CONTAINER_ERROR',
    );
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console', { timeout: 10_000 });
    await expect(sim.dc.syncStatus).toContainText('Sync: in sync');
    expect(await sim.presence()).toBe('On_Break');
  });

  test('the relay reloaded in the middle of a burst of routing loses nothing: the panel equals the console', async ({
    readySim: sim,
  }) => {
    await sim.call('setPushTimeout', 3_600_000);
    await sim.page.evaluate(() => {
      const control = (
        window as unknown as {
          omniConsoleSimulator: { control: { route(i: object): string; reloadBridge(): void } };
        }
      ).omniConsoleSimulator.control;
      for (let i = 1; i <= 8; i++) {
        control.route({ type: i % 2 ? 'Case' : 'Chat', subject: `Burst ${i}`, priority: 1, capacityWeight: 1 });
        if (i === 4) control.reloadBridge();
      }
    });
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
    expect(await sim.bridgeLoads()).toBe(2);
    const current = (await sim.agentWork()).filter((w) => w.status === 'Assigned');
    expect(current).toHaveLength(8);
    await expect(sim.dc.workItemCount(8)).toBeAttached();
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workPanel.getByRole('listitem')).toHaveCount(8);
    for (const work of current) await expect(sim.dc.workItem(work.subject)).toHaveCount(1);
  });

  test('an org whose status list holds 15-character ids, and that sends no reasons, still syncs both ways once', async ({
    sim,
  }) => {
    await sim.call('setStatusListIdLength', 15);
    await sim.call('setStatusReasons', false);
    await sim.reloadBridgeButton.click();
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
    await readyAndInSync(sim);
    await sim.chooseOmniStatus('On Break');
    await expect(sim.dc.dcState).toHaveValue('not-ready:break');
    await sim.dc.chooseDcState('Ready');
    await expect(sim.dc.syncStatus).toContainText('Sync: in sync');
    expect(await sim.presence()).toBe('Available');
    // One write per change of DC state (logged in Not Ready → Busy, Ready, Ready again), none for the echoes,
    // and none of the 18-character echoes shows in the sync log as a change made in the console.
    expect((await sim.call('toolkitCalls'))['setServicePresenceStatus']).toEqual({ calls: 3, succeeded: 3, failed: 0 });
    expect(await sim.dc.syncDetails()).not.toMatch(/→ (Available|Busy) \(console\)/);
  });

  test("Omni-Channel's connection error is shown, and the console is read again", async ({ readySim: sim }) => {
    // The re-read is quick: every text the agent was shown is recorded as it changes.
    type Seen = { seenTexts?: string[] };
    await sim.dc.consoleConnection.evaluate((el) => {
      const seen = ((window as unknown as Seen).seenTexts = [] as string[]);
      new MutationObserver(() => seen.push(el.textContent?.trim() ?? '')).observe(el, {
        characterData: true,
        childList: true,
        subtree: true,
      });
    });
    await sim.call('connectionError', 'The network connection was lost');
    await expect
      .poll(() => sim.dc.consoleConnection.evaluate(() => (window as unknown as Seen).seenTexts))
      .toContain(
        'Omni-Channel reported a connection problem (The network connection was lost); reading the Salesforce console again…',
      );
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
    await expect(sim.dc.syncStatus).toContainText('Sync: in sync');
  });
});

async function readyAndInSync(sim: ConsoleSimPage): Promise<void> {
  await sim.dc.logIn('1001');
  await sim.dc.chooseDcState('Ready');
  await expect(sim.dc.syncStatus).toContainText('Sync: in sync');
  expect(await sim.presence()).toBe('Available');
}
