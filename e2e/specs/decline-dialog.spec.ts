import { expect, test } from '../fixtures';

const SOFTPHONE = 'iframe[title="Desktop Connect softphone"]';

test.describe('the decline dialog, as QA would drive it', () => {
  test('a Chat declined with a reason code: the dialog insists on one, the item goes, the console records it', async ({
    readySim: sim,
  }) => {
    const chatId = await sim.route({ type: 'Chat', subject: 'Where is my order?', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    const item = sim.dc.workItem('Where is my order?');
    await item.getByRole('button', { name: 'Decline' }).click();
    const dialog = sim.dc.declineDialog;
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Choose a reason code to decline this work item.');
    expect((await sim.workOf(chatId)).map((w) => w.status)).toEqual(['Assigned']);

    await dialog.getByRole('radiogroup', { name: 'Reason' }).getByRole('radio', { name: 'Not my skill' }).check();
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(item).toHaveCount(0);
    await expect
      .poll(() => sim.workOf(chatId))
      .toEqual([matching({ status: 'Declined', declineReason: 'Not my skill' })]);
    await expect(sim.omniWork).toContainText('Chat: Where is my order? — Declined (Not my skill)');
  });

  test('Escape or a click outside cancels the dialog; the item stays and the focus goes back', async ({
    readySim: sim,
  }) => {
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
    expect((await sim.workOf(leadId)).map((w) => w.status)).toEqual(['Assigned']);
  });

  test('a shell that unmounts omni-mfe with the dialog open leaves nothing inert, and nothing is declined', async ({
    readySim: sim,
  }) => {
    const leadId = await sim.route({ type: 'Lead', subject: 'Left open', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await sim.dc.workItem('Left open').getByRole('button', { name: 'Decline' }).click();
    await expect(sim.dc.declineDialog).toBeVisible();
    // The shell changes its route itself: the agent could not, the modal dialog makes the page inert.
    await sim.page
      .frames()
      .find((f) => f.url().startsWith('http://127.0.0.1:4200/'))!
      .evaluate(() => (location.hash = '#/settings'));
    await expect(sim.dc.omniModule).toHaveCount(0);
    await expect(sim.dc.declineDialog).toHaveCount(0);
    await sim.dc.openSoftphone();
    await sim.dc.openWorkPanel();
    await expect(sim.dc.workItem('Left open').getByRole('button', { name: 'Decline' })).toBeEnabled();
    expect((await sim.workOf(leadId)).map((w) => w.status)).toEqual(['Assigned']);
  });

  test('a decline dialog left open closes when its item times out, and says so', async ({ readySim: sim }) => {
    // Long enough to see the item first on a loaded two-core machine, short enough to wait out.
    await sim.call('setPushTimeout', 4000);
    await sim.route({ type: 'Chat', subject: 'Too slow', priority: 1, capacityWeight: 1 });
    await sim.dc.openWorkPanel();
    await sim.dc.workItem('Too slow').getByRole('button', { name: 'Decline' }).click();
    await expect(sim.dc.declineDialog).toBeVisible();
    await expect(sim.dc.declineDialog).toHaveCount(0, { timeout: 10_000 });
    await expect(sim.dc.workPanel.getByRole('alert')).toContainText('Chat “Too slow” was not accepted in time');
    // The Decline button the dialog would give the focus back to is gone with its item.
    await expect(sim.dc.workPanel).toBeFocused();
    await expect(sim.dc.dcState).toBeVisible();
  });
});

function matching<T extends Record<string, unknown>>(partial: T): T {
  return expect.objectContaining(partial) as unknown as T;
}
