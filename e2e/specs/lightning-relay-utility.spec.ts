import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

/**
 * The relay as Lightning runs it: a utility item that renders (Lightning Message Service serves no
 * background item), loaded when the app opens because the org's utility bar says so. The console
 * reads the org's real files (salesforce/…/flexipages, aura/dcOmniRelay); these tests swap one of
 * them, as a careless change would, and see the softphone lose the relay.
 */
const RELAY_MARKUP = '**/org/dcOmniRelay.cmp';
const UTILITY_BAR = '**/org/DcOmniConsole_UtilityBar.flexipage-meta.xml';

/** Serves the org's file with `change` applied. */
async function changeOrgFile(page: Page, pattern: string, change: (text: string) => string): Promise<void> {
  await page.route(pattern, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: change(await response.text()) });
  });
}

test.describe('Lightning console: the relay is a rendered utility item', () => {
  test('the softphone is framed by its plain URL and the relay shows whom it serves', async ({ page, sim }) => {
    const softphoneUrl = new URL(
      page
        .frames()
        .find((f) => f.url().startsWith('http://127.0.0.1:4200/'))!
        .url(),
    );
    expect(softphoneUrl.searchParams.get('mode')).toBe('Lightning');
    expect(softphoneUrl.searchParams.has('console')).toBe(false);

    await sim.dc.logIn('1001');
    await page.getByRole('button', { name: 'Omni-Channel relay' }).click();
    const view = page.getByRole('region', { name: 'Omni-Channel relay' });
    await expect(view.getByRole('definition').first()).not.toHaveText('none yet');
    await expect(view.getByRole('definition').nth(1)).toHaveText(/^request /);
    await expect(view).toContainText('No problems.');
  });

  test('a relay built as a background item with a message channel never reaches the softphone', async ({
    page,
    newSim,
    pageErrors,
  }) => {
    await changeOrgFile(page, RELAY_MARKUP, (cmp) =>
      cmp.replace('implements="lightning:utilityItem"', 'implements="lightning:backgroundUtilityItem"'),
    );
    const sim = newSim();
    await sim.open();
    await expect(sim.dc.consoleConnection).toContainText('No answer came from the Omni-Channel relay', {
      timeout: 20_000,
    });
    expect(pageErrors.join('\n')).toContain('Lightning Message Service serves only components that render');
    pageErrors.length = 0;
  });

  test('a relay that does not load with the app answers only once the agent opens it', async ({
    page,
    newSim,
    pageErrors,
  }) => {
    void pageErrors;
    // The relay's item without "Load in background when app opens".
    await changeOrgFile(page, UTILITY_BAR, (xml) =>
      xml
        .split('<itemInstances>')
        .map((item) =>
          item.includes('c:dcOmniRelay') ? item.replace('<value>true</value>', '<value>false</value>') : item,
        )
        .join('<itemInstances>'),
    );
    const sim = newSim();
    await sim.open();
    await expect(sim.dc.consoleConnection).toContainText('No answer came from the Omni-Channel relay', {
      timeout: 20_000,
    });
    expect(await sim.bridgeLoads()).toBe(0);
    await page.getByRole('button', { name: 'Omni-Channel relay' }).click();
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console', { timeout: 20_000 });
  });
});
