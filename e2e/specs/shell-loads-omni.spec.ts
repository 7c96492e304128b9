import { expect, test } from '../fixtures';

/** The exposed module's chunk of one locale's build (dist/omni-mfe/<locale>/). */
const exposedChunk = (locale: string) => expect.stringMatching(new RegExp(`^200 /${locale}/(?!main\\.)[\\w.]+\\.js$`));

test.describe('Desktop Connect shell with omni-mfe', () => {
  test('shows the DC session in omni-mfe, loaded cross-origin through remoteEntry.js', async ({ dc, page }) => {
    const fromMfeOrigin: string[] = [];
    page.on(
      'response',
      (r) =>
        r.url().startsWith('http://127.0.0.1:4201/') &&
        fromMfeOrigin.push(`${r.status()} ${new URL(r.url()).pathname}`),
    );
    await dc.open();
    await expect(dc.omniModule).toContainText('Log in to Desktop Connect to use Omni-Channel.');
    // remoteEntry.js and the exposed module's chunk; never Angular's own main bundle
    // (omni-mfe/scripts/report-size.ts counts exactly these).
    expect(fromMfeOrigin).toEqual(['200 /en/remoteEntry.js', exposedChunk('en')]);

    await dc.logIn('1001');
    await expect(dc.omniModule).toContainText('Agent 1001');
    await expect(dc.omniModule).toContainText('DC state: Not Ready');

    await dc.chooseDcState('Ready');
    await expect(dc.omniModule).toContainText('DC state: Ready');
    await dc.chooseDcState('Not Ready – Lunch');
    await expect(dc.omniModule).toContainText('DC state: Not Ready – Lunch');
  });

  test('logging out returns the header to its login form and omni-mfe to its logged-out view', async ({ dc }) => {
    await dc.open();
    await dc.logIn('1001');
    await expect(dc.dcState).toBeVisible();

    await dc.logOut();
    await expect(dc.agentId).toBeVisible();
    await expect(dc.dcState).toBeHidden();
    await expect(dc.omniModule).toContainText('Log in to Desktop Connect to use Omni-Channel.');
  });

  test('refuses an invalid agent ID with a message, and stays logged out', async ({ dc, page }) => {
    await dc.open();
    await dc.logIn('not an id!');
    await expect(page.getByRole('alert').filter({ hasText: 'Enter an agent ID' })).toBeVisible();
    await expect(dc.dcState).toBeHidden();
  });

  test('unmounting omni-mfe leaves no DOM behind, and it mounts again with the current state', async ({ dc, page }) => {
    await dc.open();
    await dc.logIn('1001');
    await dc.chooseDcState('Ready');
    await expect(dc.omniModule).toBeVisible();

    await dc.openSettings();
    await expect(page.getByRole('region', { name: 'Settings' })).toContainText(
      'Omni-Channel module: http://127.0.0.1:4201/en/remoteEntry.js',
    );
    await expect(dc.omniModule).toHaveCount(0);
    expect(await page.locator('#omni-region .omni-container').evaluate((el) => el.childNodes.length)).toBe(0);
    expect(await page.locator('omni-root').count()).toBe(0);

    await dc.openSoftphone();
    await expect(dc.omniModule).toContainText('DC state: Ready');
    await dc.chooseDcState('Wrap-up');
    await expect(dc.omniModule).toContainText('DC state: Wrap-up');
  });

  test('a broken remote URL shows an error in the region and the header keeps working', async ({ dc, pageErrors }) => {
    await dc.open('?omni-remote=http://127.0.0.1:4201/missing-remoteEntry.js');
    await expect(dc.loadError).toContainText(
      'Omni-Channel could not be loaded from http://127.0.0.1:4201/missing-remoteEntry.js',
    );
    await expect(dc.loadError).toContainText('Desktop Connect keeps working without it.');

    await dc.logIn('1002');
    await dc.chooseDcState('Ready');
    await expect(dc.dcState).toHaveValue('ready');
    // Exactly what the failed load explains: the browser's 404 and single-spa's load error.
    expect(pageErrors).toEqual([
      expect.stringContaining('404 (Not Found)'),
      expect.stringContaining("application 'omni-mfe' died in status LOADING_SOURCE_CODE"),
    ]);
    pageErrors.length = 0;
  });
});
