import { expect, test } from '../fixtures';
import { ConsoleTabSet } from '../pages/console-tab-set';
import type { ConsoleSimPage } from '../pages/console-sim-page';

/**
 * The simulated org shared by console tabs (e2e/console-sim/org-share/): one org behind every tab,
 * one live Omni-Channel session for the agent, and Desktop Connect's state the same in every tab.
 * These suites drive Omni-Channel from the console only (Desktop Connect logged out, or out of
 * console mode), so that they show the org's rules on their own.
 */
test.describe('console tabs of one org', () => {
  let tabs: ConsoleTabSet;
  let first: ConsoleSimPage;

  test.beforeEach(async ({ context, consoleKind }) => {
    tabs = new ConsoleTabSet(context, consoleKind);
    first = await tabs.open();
  });

  test('a tab opened while the agent is logged in takes the session; the other is logged out', async () => {
    await first.call('setStatus', 'Available');
    expect(await first.call('omniSession')).toBe('this tab');
    const workItemId = await first.route({ type: 'Case', subject: 'Printer on fire' });

    const second = await tabs.open();
    expect(await second.call('omniSession')).toBe('this tab');
    expect(await first.call('omniSession')).toBe('another tab');
    await expect(first.omniStatus).toHaveValue('');
    // The org is one: the agent is still Available with the same work, whichever tab asks.
    expect(await first.presence()).toBe('Available');
    expect(await second.presence()).toBe('Available');
    expect((await second.workOf(workItemId)).map((w) => w.status)).toEqual(['Assigned']);
    await expect(second.omniWork).toContainText('Printer on fire — Assigned');
    expect(await first.call('consoleTabs')).toEqual(await second.call('consoleTabs'));
    expect(await second.call('consoleTabs')).toHaveLength(2);

    // Routed from the logged-out tab, the item reaches the agent's session all the same.
    await first.route({ type: 'Case', subject: 'Second case' });
    await expect(second.omniWork).toContainText('Second case — Assigned');
  });

  test('with the auto-login prompt on, a new tab asks before it takes the session', async () => {
    await first.call('setAutoLoginPrompt', true);
    await first.call('setStatus', 'Available');
    const second = await tabs.open();
    const prompt = second.page.getByRole('alertdialog', { name: 'Omni-Channel login' });
    await expect(prompt).toBeVisible();
    expect(await first.call('omniSession')).toBe('this tab');
    expect(await second.call('omniSession')).toBe('another tab');

    await prompt.getByRole('button', { name: 'Log in here' }).click();
    await expect(prompt).toBeHidden();
    expect(await second.call('omniSession')).toBe('this tab');
    await expect.poll(() => first.call('omniSession')).toBe('another tab');
    await expect(first.omniStatus).toHaveValue('');
  });

  test('choosing a status in the logged-out tab takes the session back', async () => {
    await first.call('setStatus', 'Available');
    const second = await tabs.open();
    await first.chooseOmniStatus('Busy');
    expect(await first.call('omniSession')).toBe('this tab');
    await expect.poll(() => second.call('omniSession')).toBe('another tab');
    // Every tab sees the org's change as its storage event arrives.
    await expect.poll(() => second.presence()).toBe('Busy');
  });

  test('each tab counts its own toolkit calls', async () => {
    await expect(first.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
    const before = await first.call('toolkitCalls');
    const second = await tabs.open();
    await expect(second.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
    const calls = (counts: Record<string, { calls: number }>) => Object.values(counts).reduce((n, c) => n + c.calls, 0);
    // The second tab's Desktop Connect read the console through its own toolkit, not the first's.
    expect(calls(await second.call('toolkitCalls'))).toBeGreaterThan(0);
    expect(await first.call('toolkitCalls')).toEqual(before);
  });

  test('the org outlives a closed tab', async () => {
    await first.call('setStatus', 'Available');
    const second = await tabs.open();
    await second.call('setStatus', 'Busy');
    await expect.poll(() => first.presence()).toBe('Busy');
    await tabs.close(first);
    const third = await tabs.open();
    expect(await third.presence()).toBe('Busy');
    expect(await third.call('consoleTabs')).toHaveLength(2);
  });

  test('the last tab to close ends the org: a reload of the only tab starts afresh', async () => {
    await first.call('setStatus', 'Available');
    await first.page.reload();
    expect(await first.presence()).toBe('Offline');
    expect(await first.call('consoleTabs')).toHaveLength(1);
  });

  test('Desktop Connect keeps one session for all its tabs', async () => {
    const second = await tabs.open();
    // Out of console mode omni-mfe stays out of it: this is Desktop Connect's own state.
    for (const tab of [first, second]) await tab.call('setConsoleMode', false);
    await first.dc.logIn('1001');
    await expect(second.dc.dcState).toHaveValue('not-ready');
    await expect(second.dc.logoutButton).toBeVisible();
    await second.dc.chooseDcState('Ready');
    await expect(first.dc.dcState).toHaveValue('ready');

    // A tab opened later starts with the agent's session, not logged out.
    const third = await tabs.open();
    await expect(third.dc.logoutButton).toBeVisible();
    await third.call('setConsoleMode', false);
    await third.dc.chooseDcState('Not Ready – Lunch');
    await expect(first.dc.dcState).toHaveValue('not-ready:lunch');
    await third.dc.logOut();
    await expect(first.dc.loginButton).toBeVisible();
    await expect(second.dc.loginButton).toBeVisible();
  });
});
