import { expect, test } from '../fixtures';
import type { ConsoleSimPage } from '../pages/console-sim-page';
import { axeViolations } from '../support/axe';

const SOFTPHONE = 'iframe[title="Desktop Connect softphone"]';

test.describe('work items, as QA would drive them', () => {
  let sim: ConsoleSimPage;

  test.beforeEach(async ({ sim: opened }) => {
    sim = opened;
    await sim.dc.logIn('1001');
    await sim.dc.chooseDcState('Ready');
    await expect(sim.dc.syncStatus).toContainText('Sync: in sync');
    expect(await sim.presence()).toBe('Available');
  });

  async function workOf(workItemId: string) {
    return (await sim.agentWork()).filter((w) => w.workItemId === workItemId);
  }

  test('a Case: counted, announced, accepted into a console tab, then closed', async () => {
    await expect(sim.dc.workItemCount(0)).toBeAttached();
    const caseId = await sim.route({ type: 'Case', subject: 'Printer on fire', priority: 1, capacityWeight: 2 });
    await expect(sim.dc.workItemCount(1)).toBeAttached();
    await expect(sim.dc.launcher.locator('.bubble[data-new]')).toBeVisible();
    await expect(sim.page.frameLocator(SOFTPHONE).getByRole('status').filter({ hasText: 'New Case: Printer on fire' })).toBeAttached();

    await sim.dc.openWorkPanel();
    const item = sim.dc.workItem('Printer on fire');
    await expect(item).toContainText('Case');
    await expect(item).toContainText('Priority 1');
    await expect(item).toContainText(/Accept within \d+ s/);
    await item.getByRole('button', { name: 'Accept' }).click();
    await expect(item).toContainText('Accepted');
    await expect(sim.consoleTabs.getByRole('tab', { name: caseId })).toBeVisible();
    expect((await workOf(caseId)).map((w) => w.status)).toEqual(['Opened']);

    await item.getByRole('button', { name: 'Close' }).click();
    await expect(item).toHaveCount(0);
    await expect(sim.dc.workItemCount(0)).toBeAttached();
    expect((await workOf(caseId)).map((w) => w.status)).toEqual(['Closed']);
  });

  test('a Chat declined with a reason code: the dialog insists on one, the item goes, the console records it', async () => {
    const chatId = await sim.route({ type: 'Chat', subject: 'Where is my order?', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    const item = sim.dc.workItem('Where is my order?');
    await item.getByRole('button', { name: 'Decline' }).click();
    const dialog = sim.dc.declineDialog;
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Choose a reason code to decline this work item.');
    expect((await workOf(chatId)).map((w) => w.status)).toEqual(['Assigned']);

    await dialog.getByRole('radiogroup', { name: 'Reason' }).getByRole('radio', { name: 'Not my skill' }).check();
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(item).toHaveCount(0);
    expect(await workOf(chatId)).toEqual([matching({ status: 'Declined', declineReason: 'Not my skill' })]);
    await expect(sim.omniWork).toContainText('Chat: Where is my order? — Declined (Not my skill)');
  });

  test('everything works from the keyboard alone', async () => {
    await sim.route({ type: 'Case', subject: 'Keyboard case', priority: 1, capacityWeight: 1 });
    await sim.route({ type: 'Chat', subject: 'Keyboard chat', priority: 1, capacityWeight: 1 });
    await sim.dc.launcher.press('Enter');
    await expect(sim.dc.workPanel).toBeVisible();
    await sim.dc.workItem('Keyboard case').getByRole('button', { name: 'Accept' }).press('Enter');
    await expect(sim.dc.workItem('Keyboard case')).toContainText('Accepted');

    await sim.dc.workItem('Keyboard chat').getByRole('button', { name: 'Decline' }).press('Enter');
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
  });

  test('Escape or a click outside cancels the dialog; the item stays and the focus goes back', async () => {
    const leadId = await sim.route({ type: 'Lead', subject: 'Acme wants 500 seats', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    const item = sim.dc.workItem('Acme wants 500 seats');
    await item.getByRole('button', { name: 'Decline' }).click();
    await expect(sim.dc.declineDialog).toBeVisible();
    await sim.page.keyboard.press('Escape');
    await expect(sim.dc.declineDialog).toHaveCount(0);
    await expect(item.getByRole('button', { name: 'Accept' })).toBeEnabled();
    // A click outside the dialog cancels it too; a click inside does not.
    await item.getByRole('button', { name: 'Decline' }).click();
    await sim.dc.declineDialog.getByRole('heading', { name: 'Decline work item' }).click();
    const reason = sim.dc.declineDialog.getByRole('radio', { name: 'Not my skill' });
    await reason.check();
    await expect(reason).toBeChecked();
    const softphone = (await sim.page.locator(SOFTPHONE).boundingBox())!;
    await sim.page.mouse.click(softphone.x + 2, softphone.y + 2);
    await expect(sim.dc.declineDialog).toHaveCount(0);
    await expect(item.getByRole('button', { name: 'Decline' })).toBeFocused();
    expect((await workOf(leadId)).map((w) => w.status)).toEqual(['Assigned']);
  });

  test('a shell that unmounts omni-mfe with the dialog open leaves nothing inert, and nothing is declined', async () => {
    const leadId = await sim.route({ type: 'Lead', subject: 'Left open', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await sim.dc.workItem('Left open').getByRole('button', { name: 'Decline' }).click();
    await expect(sim.dc.declineDialog).toBeVisible();
    // The shell changes its route itself: the agent could not, the modal dialog makes the page inert.
    await sim.page.frames().find((f) => f.url().startsWith('http://127.0.0.1:4200/'))!.evaluate(() => (location.hash = '#/settings'));
    await expect(sim.dc.omniModule).toHaveCount(0);
    await expect(sim.dc.declineDialog).toHaveCount(0);
    await sim.dc.openSoftphone();
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workItem('Left open').getByRole('button', { name: 'Decline' })).toBeEnabled();
    expect((await workOf(leadId)).map((w) => w.status)).toEqual(['Assigned']);
  });

  test('an item left unanswered hits its push timeout: it leaves, Omni goes Busy and DC follows', async () => {
    await sim.call('setPushTimeout', 1500);
    const leadId = await sim.route({ type: 'Lead', subject: 'Call me back', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workItem('Call me back')).toBeVisible();
    await expect(sim.dc.workItem('Call me back')).toHaveCount(0, { timeout: 5000 });
    await expect(sim.dc.workPanel.getByRole('alert')).toContainText('was not accepted in time and went back to the queue');
    expect((await workOf(leadId)).map((w) => w.status)).toEqual(['DeclinedOnPushTimeout']);
    expect(await sim.presence()).toBe('Busy');
    await expect(sim.dc.dcState).toHaveValue('not-ready');
  });

  test('a decline dialog left open closes when its item times out, and says so', async () => {
    await sim.call('setPushTimeout', 1500);
    await sim.route({ type: 'Chat', subject: 'Too slow', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await sim.dc.workItem('Too slow').getByRole('button', { name: 'Decline' }).click();
    await expect(sim.dc.declineDialog).toBeVisible();
    await expect(sim.dc.declineDialog).toHaveCount(0, { timeout: 5000 });
    await expect(sim.dc.workPanel.getByRole('alert')).toContainText('Chat “Too slow” was not accepted in time');
    await expect(sim.dc.dcState).toBeVisible();
  });

  test('a double click on Accept sends one request', async () => {
    const caseId = await sim.route({ type: 'Case', subject: 'Double trouble', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await sim.dc.workItem('Double trouble').getByRole('button', { name: 'Accept' }).dblclick();
    await expect(sim.dc.workItem('Double trouble')).toContainText('Accepted');
    expect(await sim.call('openTabs')).toEqual([caseId]);
    expect((await workOf(caseId)).map((w) => w.status)).toEqual(['Opened']);
  });

  test('a failed accept tells the agent and keeps the item, with no spinner left', async () => {
    await sim.route({ type: 'Case', subject: 'Flaky console', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await sim.call('failNext', 'acceptAgentWork');
    const item = sim.dc.workItem('Flaky console');
    await item.getByRole('button', { name: 'Accept' }).click();
    await expect(sim.dc.workPanel.getByRole('alert')).toContainText('could not be accepted');
    await expect(item.getByRole('button', { name: 'Accept' })).toBeEnabled();
    await item.getByRole('button', { name: 'Accept' }).click();
    await expect(item).toContainText('Accepted');
  });

  test('after "Reload bridge" the panel equals the console: nothing lost, nothing doubled', async () => {
    await sim.route({ type: 'Case', subject: 'First', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workItem('First')).toBeVisible();
    await sim.killBridgeButton.click();
    await sim.route({ type: 'Chat', subject: 'Second', priority: 1, capacityWeight: 1 });
    await sim.reloadBridgeButton.click();
    await expect(sim.dc.workPanel.getByRole('listitem')).toHaveCount(2);
    await expect(sim.dc.workItemCount(2)).toBeAttached();
  });

  test('under prefers-reduced-motion the bubble marks an arrival without blinking', async () => {
    await sim.page.emulateMedia({ reducedMotion: 'reduce' });
    await sim.route({ type: 'Case', subject: 'Calm please', priority: 1, capacityWeight: 1 });
    const bubble = sim.dc.launcher.locator('.bubble[data-new]');
    await expect(bubble).toBeVisible();
    expect(await bubble.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await sim.page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await bubble.evaluate((el) => getComputedStyle(el).animationName)).toMatch(/omni-blink/);
  });

  test('axe finds no violations in the launcher, the panel and the dialog', async () => {
    await sim.route({ type: 'Case', subject: 'Accessible', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workItem('Accessible')).toBeVisible();
    expect(await axeViolations(sim.page, SOFTPHONE, ['omni-launcher', 'omni-work-item-panel'])).toEqual([]);
    await sim.dc.workItem('Accessible').getByRole('button', { name: 'Decline' }).click();
    await expect(sim.dc.declineDialog).toBeVisible();
    expect(await axeViolations(sim.page, SOFTPHONE, ['omni-reason-code-dialog'])).toEqual([]);
  });
});

function matching<T extends Record<string, unknown>>(partial: T): T {
  return expect.objectContaining(partial) as unknown as T;
}
