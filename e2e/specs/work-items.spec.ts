import { expect, test } from '../fixtures';
import { axeViolations } from '../support/axe';

const SOFTPHONE = 'iframe[title="Desktop Connect softphone"]';

test.describe('work items, as QA would drive them', () => {
  test('a Case: counted, announced, accepted into a console tab, then closed', async ({ readySim: sim }) => {
    await expect(sim.dc.workItemCount(0)).toBeAttached();
    const caseId = await sim.route({ type: 'Case', subject: 'Printer on fire', priority: 1, capacityWeight: 2 });
    await expect(sim.dc.workItemCount(1)).toBeAttached();
    await expect(sim.dc.launcher.locator('.bubble[data-new]')).toBeVisible();
    await expect(
      sim.page.frameLocator(SOFTPHONE).getByRole('status').filter({ hasText: 'New Case: Printer on fire' }),
    ).toBeAttached();

    await sim.dc.openWorkPanel();
    const item = sim.dc.workItem('Printer on fire');
    await expect(item).toContainText('Case');
    await expect(item).toContainText('Priority 1');
    await expect(item).toContainText(/Accept within \d+ sec/);
    await item.getByRole('button', { name: 'Accept' }).click();
    await expect(item).toContainText('Accepted');
    await expect(sim.consoleTabs.getByRole('tab', { name: caseId })).toBeVisible();
    expect((await sim.workOf(caseId)).map((w) => w.status)).toEqual(['Opened']);

    await item.getByRole('button', { name: 'Close' }).click();
    await expect(item).toHaveCount(0);
    await expect(sim.dc.workItemCount(0)).toBeAttached();
    expect((await sim.workOf(caseId)).map((w) => w.status)).toEqual(['Closed']);
  });

  test('everything works from the keyboard alone', async ({ readySim: sim }) => {
    await sim.route({ type: 'Case', subject: 'Keyboard case', priority: 1, capacityWeight: 1 });
    await sim.route({ type: 'Chat', subject: 'Keyboard chat', priority: 1, capacityWeight: 1 });
    await sim.dc.launcher.press('Enter');
    await expect(sim.dc.workPanel).toBeVisible();
    await sim.dc.workItem('Keyboard case').getByRole('button', { name: 'Accept' }).press('Enter');
    await expect(sim.dc.workItem('Keyboard case')).toContainText('Accepted');
    // From here on, only keys: the focus stays in the list as buttons come and go.
    await expect(sim.dc.workItem('Keyboard case').getByRole('button', { name: 'Close' })).toBeFocused();
    // Lightning's accepted item has "Raise flag" after "Close" (Classic has no flags).
    if (sim.kind === 'lightning') await sim.page.keyboard.press('Tab');
    await sim.page.keyboard.press('Tab');
    await sim.page.keyboard.press('Tab');
    await expect(sim.dc.workItem('Keyboard chat').getByRole('button', { name: 'Decline' })).toBeFocused();
    await sim.page.keyboard.press('Enter');
    const dialog = sim.dc.declineDialog;
    await expect(dialog).toBeVisible();
    // Focus starts inside the modal dialog (the rest of the page is inert) and Tab keeps it
    // there, in both directions, though the console around the softphone frame is not inert.
    await expect(dialog.getByRole('radio').first()).toBeFocused();
    await sim.page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await sim.page.keyboard.press('Tab');
    await expect(dialog.getByRole('radio').first()).toBeFocused();
    for (let i = 0; i < 4; i++) await sim.page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Decline' })).toBeFocused();
    await sim.page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('radio').first()).toBeFocused();
    // Choose a reason and confirm by keys.
    await sim.page.keyboard.press('Space');
    await sim.page.keyboard.press('Tab');
    await sim.page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(sim.dc.workItem('Keyboard chat')).toHaveCount(0);
    // The declined item's place is gone: focus goes to the item before it, then to the panel.
    await expect(sim.dc.workItem('Keyboard case').getByRole('button', { name: 'Close' })).toBeFocused();
    await sim.page.keyboard.press('Enter');
    await expect(sim.dc.workItem('Keyboard case')).toHaveCount(0);
    await expect(sim.dc.workPanel).toBeFocused();
  });

  test('an item left unanswered hits its push timeout: it leaves, Omni goes Busy and DC follows', async ({
    readySim: sim,
  }) => {
    // Long enough to see the item first on a loaded two-core machine, short enough to wait out.
    await sim.call('setPushTimeout', 4000);
    const leadId = await sim.route({ type: 'Lead', subject: 'Call me back', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workItem('Call me back')).toBeVisible();
    await expect(sim.dc.workItem('Call me back')).toHaveCount(0, { timeout: 10_000 });
    await expect(sim.dc.workPanel.getByRole('alert')).toContainText(
      'was not accepted in time and went back to the queue',
    );
    expect((await sim.workOf(leadId)).map((w) => w.status)).toEqual(['DeclinedOnPushTimeout']);
    expect(await sim.presence()).toBe('Busy');
    await expect(sim.dc.dcState).toHaveValue('not-ready');
  });

  test('a double click on Accept sends one request', async ({ readySim: sim }) => {
    const caseId = await sim.route({ type: 'Case', subject: 'Double trouble', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    // Counted at the console's toolkit: the console refuses a second accept and its tabs drop
    // duplicates, so only the count of calls tells one request from two.
    const before = (await sim.call('toolkitCalls'))['acceptAgentWork']?.calls ?? 0;
    await sim.dc.workItem('Double trouble').getByRole('button', { name: 'Accept' }).dblclick();
    await expect(sim.dc.workItem('Double trouble')).toContainText('Accepted');
    // Long enough for a second request, had there been one, to reach the console.
    await sim.page.waitForTimeout(300);
    const accepts = (await sim.call('toolkitCalls'))['acceptAgentWork'];
    expect({ calls: accepts.calls - before, failed: accepts.failed }).toEqual({ calls: 1, failed: 0 });
    // The console opens the record's tab on its own schedule: under adverse timing, after the
    // answer that marked the item Accepted.
    await expect.poll(() => sim.call('openTabs')).toEqual([caseId]);
    await expect.poll(async () => (await sim.workOf(caseId)).map((w) => w.status)).toEqual(['Opened']);
  });

  test('a failed accept tells the agent and keeps the item, with no spinner left', async ({ readySim: sim }) => {
    await sim.route({ type: 'Case', subject: 'Flaky console', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await sim.call('failNext', 'acceptAgentWork');
    const item = sim.dc.workItem('Flaky console');
    await item.getByRole('button', { name: 'Accept' }).press('Enter');
    await expect(sim.dc.workPanel.getByRole('alert')).toContainText('could not be accepted');
    await expect(item.getByRole('button', { name: 'Accept' })).toBeEnabled();
    // The focus is back on Accept, so that Enter tries again.
    await expect(item.getByRole('button', { name: 'Accept' })).toBeFocused();
    await sim.page.keyboard.press('Enter');
    await expect(item).toContainText('Accepted');
  });

  test('after "Reload bridge" the panel equals the console: nothing lost, nothing doubled', async ({
    readySim: sim,
  }) => {
    await sim.route({ type: 'Case', subject: 'First', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workItem('First')).toBeVisible();
    await sim.killBridgeButton.click();
    await sim.route({ type: 'Chat', subject: 'Second', priority: 1, capacityWeight: 1 });
    await sim.reloadBridgeButton.click();
    await expect(sim.dc.workPanel.getByRole('listitem')).toHaveCount(2);
    await expect(sim.dc.workItemCount(2)).toBeAttached();
  });

  test('an item offered before "Reload bridge" still leaves the panel when its push timeout passes', async ({
    readySim: sim,
  }) => {
    // The reloaded bridge page never saw this item's assignment; it learns it from omni-mfe's resync.
    await sim.call('setPushTimeout', 8000);
    await sim.route({ type: 'Lead', subject: 'Offered before', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workItem('Offered before')).toBeVisible();
    await sim.reloadBridgeButton.click();
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console', { timeout: 20_000 });
    await expect(sim.dc.workItem('Offered before')).toHaveCount(0, { timeout: 15_000 });
    await expect(sim.dc.workPanel.getByRole('alert')).toContainText('“Offered before” was not accepted in time');
    await expect(sim.dc.workItemCount(0)).toBeAttached();
  });

  test('under prefers-reduced-motion the bubble marks an arrival without blinking', async ({ readySim: sim }) => {
    await sim.page.emulateMedia({ reducedMotion: 'reduce' });
    await sim.route({ type: 'Case', subject: 'Calm please', priority: 1, capacityWeight: 1 });
    const bubble = sim.dc.launcher.locator('.bubble[data-new]');
    await expect(bubble).toBeVisible();
    expect(await bubble.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await sim.page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await bubble.evaluate((el) => getComputedStyle(el).animationName)).toMatch(/omni-blink/);
  });

  test('axe finds no violations in the launcher, the panel and the dialog', async ({ readySim: sim }) => {
    await sim.route({ type: 'Case', subject: 'Accessible', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workItem('Accessible')).toBeVisible();
    expect(
      await axeViolations(sim.page, SOFTPHONE, [
        '.dc-header',
        'omni-launcher',
        'omni-work-item-panel',
        'omni-sync-status',
      ]),
    ).toEqual([]);
    await sim.dc.workItem('Accessible').getByRole('button', { name: 'Decline' }).click();
    await expect(sim.dc.declineDialog).toBeVisible();
    expect(await axeViolations(sim.page, SOFTPHONE, ['omni-reason-code-dialog'])).toEqual([]);
  });
});
