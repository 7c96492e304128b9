import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { ConsoleSimPage } from '../pages/console-sim-page';
import { ConsoleTabSet } from '../pages/console-tab-set';

/**
 * Several console tabs, each with its Desktop Connect and omni-mfe: exactly one omni-mfe speaks to
 * Omni-Channel, the others show what it shows and pass the agent's clicks to it (omni-mfe/src/app/
 * speaker/; docs/SEVERAL-TABS.md). Counting the toolkit calls of every tab shows each change
 * reaching Omni-Channel once.
 */
const WRITES = ['setServicePresenceStatus', 'login'];

/** The agent's notice in a following tab. */
function notice(sim: ConsoleSimPage): Locator {
  return sim.page
    .frameLocator('iframe[title="Desktop Connect softphone"]')
    .getByRole('status', { name: 'Omni-Channel tab' });
}

async function calls(tabs: readonly ConsoleSimPage[], methods: readonly string[]): Promise<number> {
  let n = 0;
  for (const tab of tabs) {
    const counts = await tab.call('toolkitCalls');
    for (const method of methods) n += counts[method]?.calls ?? 0;
  }
  return n;
}

/** The one tab whose omni-mfe speaks, once the others all say so. */
async function speakerOf(tabs: readonly ConsoleSimPage[]): Promise<ConsoleSimPage> {
  await expect
    .poll(async () => {
      let following = 0;
      for (const tab of tabs) following += await notice(tab).count();
      return following;
    })
    .toBe(tabs.length - 1);
  for (const tab of tabs) if ((await notice(tab).count()) === 0) return tab;
  throw new Error('no speaker');
}

for (const prompt of [false, true]) {
  test.describe(`several console tabs, auto-login prompt ${prompt ? 'on' : 'off'}`, () => {
    let tabs: ConsoleTabSet;
    let first: ConsoleSimPage;

    test.beforeEach(async ({ context, consoleKind }) => {
      tabs = new ConsoleTabSet(context, consoleKind);
      first = await tabs.open();
      await first.call('setAutoLoginPrompt', prompt);
      await expect(first.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
      await first.dc.logIn('1001');
      await first.dc.chooseDcState('Ready');
      await expect(first.dc.syncStatus).toContainText('Sync: in sync');
    });

    async function openTab(): Promise<ConsoleSimPage> {
      const tab = await tabs.open();
      await expect(tab.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
      return tab;
    }

    test('one tab speaks; a DC change in any tab reaches Omni-Channel once, and nobody is logged out', async () => {
      const second = await openTab();
      const speaker = await speakerOf(tabs.tabs);
      expect(await first.presence()).toBe('Available');
      await expect(second.dc.dcState).toHaveValue('ready');
      expect(await calls(tabs.tabs, ['logout'])).toBe(0);

      for (const [tab, label, status] of [
        [second, 'Not Ready – Break', 'On_Break'],
        [first, 'Ready', 'Available'],
      ] as const) {
        const before = await calls(tabs.tabs, WRITES);
        await tab.dc.chooseDcState(label);
        await expect.poll(() => first.presence()).toBe(status);
        await first.page.waitForTimeout(300);
        expect(await calls(tabs.tabs, WRITES)).toBe(before + 1);
      }
      // The follower shows the speaker's presence and sync.
      const follower = speaker === first ? second : first;
      await expect(follower.dc.omniPresence).toHaveText('Omni-Channel: Available');
      await expect(follower.dc.syncStatus).toContainText('Sync: in sync');
      expect(await calls(tabs.tabs, ['logout'])).toBe(0);
    });

    test('a status chosen in Omni-Channel reaches DC in every tab', async () => {
      const second = await openTab();
      const third = await openTab();
      await speakerOf(tabs.tabs);
      // The agent chooses in the Omni-Channel widget of the tab that holds the session.
      let session = first;
      for (const tab of tabs.tabs) if ((await tab.call('omniSession')) === 'this tab') session = tab;
      await session.chooseOmniStatus('Busy');
      for (const tab of [first, second, third]) await expect(tab.dc.dcState).toHaveValue('not-ready');
      expect(await calls(tabs.tabs, ['logout'])).toBe(0);
    });

    test('work items show in every tab; an accept in a follower opens the record once', async () => {
      const second = await openTab();
      const speaker = await speakerOf(tabs.tabs);
      const follower = speaker === first ? second : first;
      const caseId = await first.route({ type: 'Case', subject: 'Printer on fire' });
      for (const tab of tabs.tabs) await expect(tab.dc.workItemCount(1)).toBeAttached();

      await follower.dc.openWorkPanel();
      const item = follower.dc.workItem('Printer on fire');
      await item.getByRole('button', { name: 'Accept' }).click();
      await expect(item).toContainText('Accepted');
      await expect.poll(async () => (await first.workOf(caseId)).map((w) => w.status)).toEqual(['Opened']);
      expect(await calls(tabs.tabs, ['acceptAgentWork'])).toBe(1);
      expect(await calls(tabs.tabs, ['openPrimaryTab', 'openTab'])).toBe(1);
      expect([...(await first.call('openTabs')), ...(await second.call('openTabs'))]).toEqual([caseId]);
    });

    test('closing the speaking tab hands over within 2 s, and the next carries on', async () => {
      await openTab();
      await openTab();
      const speaker = await speakerOf(tabs.tabs);
      const closedAt = Date.now();
      await tabs.close(speaker);
      const next = await speakerOf(tabs.tabs);
      expect(Date.now() - closedAt).toBeLessThan(2000);
      await expect(next.dc.syncStatus).toContainText('Sync: in sync');
      expect(await next.presence()).toBe('Available');

      const before = await calls(tabs.tabs, WRITES);
      const other = tabs.tabs.find((t) => t !== next)!;
      await other.dc.chooseDcState('Not Ready – Break');
      await expect.poll(() => next.presence()).toBe('On_Break');
      await next.page.waitForTimeout(300);
      expect(await calls(tabs.tabs, WRITES)).toBe(before + 1);
    });

    test('reloading the speaking tab hands over within 2 s', async () => {
      await openTab();
      const speaker = await speakerOf(tabs.tabs);
      const other = tabs.tabs.find((t) => t !== speaker)!;
      const reloadedAt = Date.now();
      const reload = speaker.page.reload();
      await expect.poll(() => notice(other).count(), { intervals: [50], timeout: 2000 }).toBe(0);
      expect(Date.now() - reloadedAt).toBeLessThan(2000);
      await reload;
      await expect(speaker.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
      const next = await speakerOf(tabs.tabs);
      const before = await calls(tabs.tabs, WRITES);
      await (next === other ? speaker : other).dc.chooseDcState('Not Ready – Break');
      await expect.poll(() => other.presence()).toBe('On_Break');
      await other.page.waitForTimeout(300);
      expect(await calls(tabs.tabs, WRITES)).toBe(before + 1);
    });
  });
}
