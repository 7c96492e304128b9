import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ConsoleSimPage } from '../pages/console-sim-page';
import { DesktopConnectPage } from '../pages/desktop-connect-page';
import { BRIDGE_URL, PLAIN_HOST_ORIGIN, SHELL_URL } from '../servers/demo-sites';

/**
 * Each way a handshake fails says why in "Console connection", in words an integrator can act on
 * (docs/SHELL-INTEGRATION.md, "Every gate a handshake passes through"). The demo shell is
 * misconfigured as a shell team might misconfigure its own: through its manifest, or by a bridge
 * page that does not allow it; the plain host opened on its own is outside any console.
 */
const SHELL_ORIGIN = new URL(SHELL_URL).origin;
const isBridgePage = (url: URL) => url.href.startsWith(`${BRIDGE_URL}?`);

/** The demo shell's manifest with `console` changed, as a shell team would deploy it. */
async function deployConsoleConfig(page: Page, console: { origin?: string; bridgeUrl?: string }): Promise<void> {
  await page.route(`${SHELL_URL}dc-manifest.json`, async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { console: object };
    await route.fulfill({ response, json: { ...manifest, console: { ...manifest.console, ...console } } });
  });
}

const NO_ANSWER = `No answer from the console bridge page at ${BRIDGE_URL}. A wrong URL and a frame blocked by CSP look alike: check the URL, this page's frame-src and the bridge page's frame-ancestors. Still retrying…`;

test.describe('a handshake that fails says why', () => {
  // The two silent cases wait out two handshake timeouts (10 s each): let them wait side by side.
  test.describe.configure({ mode: 'parallel' });

  test('no answer from the bridge page: names its URL and what to check', async ({ page, pageErrors }) => {
    void pageErrors;
    test.setTimeout(60_000);
    await page.route(isBridgePage, (route) => route.abort('connectionrefused'));
    const sim = new ConsoleSimPage(page);
    await sim.open();
    await expect(sim.dc.consoleConnection).toHaveText('Connecting to the Salesforce console…');
    await expect(sim.dc.consoleConnection).toHaveText(NO_ANSWER, { timeout: 40_000 });
    expect(await sim.bridgeLoads()).toBe(0);
  });

  test('a bridge page whose frame-ancestors leave this origin out looks the same from inside', async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(60_000);
    // The bridge page as served without this Desktop Connect among its framing origins.
    await page.route(isBridgePage, async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      const csp = headers['content-security-policy'].replace(
        /frame-ancestors [^;]*/,
        'frame-ancestors http://127.0.0.1:4300',
      );
      await route.fulfill({ response, headers: { ...headers, 'content-security-policy': csp } });
    });
    const sim = new ConsoleSimPage(page);
    await sim.open();
    await expect(sim.dc.consoleConnection).toHaveText(NO_ANSWER, { timeout: 40_000 });
    // Only the browser's console tells the two apart (Chromium: "Framing '<url>' violates … frame-ancestors …").
    expect(pageErrors.length).toBeGreaterThanOrEqual(2);
    for (const error of pageErrors) {
      expect(error).toContain(`'${new URL(BRIDGE_URL).origin}/'`);
      expect(error).toContain('"frame-ancestors http://127.0.0.1:4300"');
    }
    pageErrors.length = 0;
  });

  test('an answer from another origin than the console origin: names both, as does the drop log', async ({
    page,
    pageErrors,
  }) => {
    void pageErrors;
    // The same server under another name: the bridge page answers from 127.0.0.1, not localhost.
    await deployConsoleConfig(page, { origin: 'http://localhost:4300' });
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const sim = new ConsoleSimPage(page);
    await sim.open();
    await expect(sim.dc.consoleConnection).toHaveText(
      'The console bridge answered from http://127.0.0.1:4300, not from the console origin http://localhost:4300: correct the console origin or the bridge URL. Still retrying…',
    );
    expect(warnings).toContain(
      'omni-mfe console bridge: dropped bridge messages (origin 1); last: from http://127.0.0.1:4300 (expected http://localhost:4300)',
    );
  });

  test('a bridge page that does not allow this Desktop Connect origin: says it refused it', async ({
    page,
    pageErrors,
  }) => {
    // The bridge page as an operator might deploy it: allowing another Desktop Connect, not this one.
    await page.route(isBridgePage, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /"allowedDcOrigins":\s*\[[^\]]*\]/,
        `"allowedDcOrigins":["${PLAIN_HOST_ORIGIN}"]`,
      );
      await route.fulfill({ response, body });
    });
    const sim = new ConsoleSimPage(page);
    await sim.open();
    await expect(sim.dc.consoleConnection).toHaveText(
      `The console bridge refused this Desktop Connect origin (${SHELL_ORIGIN}): add it to the bridge page's allowed origins. Still retrying…`,
    );
    await expect(sim.dc.syncStatus).toHaveText('Sync: error — The Salesforce console cannot be reached.');
    expect(await sim.bridgeLoads()).toBe(0);
    // The bridge page's own log says the same, once per attempt.
    expect(pageErrors.length).toBeGreaterThanOrEqual(2);
    expect(new Set(pageErrors)).toEqual(
      new Set([
        `omni console bridge: The Desktop Connect origin "${SHELL_ORIGIN}" is not in this bridge page's allowedDcOrigins; Desktop Connect was told so.`,
      ]),
    );
    pageErrors.length = 0;
  });

  test('console mode off: a Desktop Connect opened outside the Salesforce console says so', async ({
    page,
    pageErrors,
  }) => {
    void pageErrors;
    const dc = new DesktopConnectPage(page);
    await page.goto(`${PLAIN_HOST_ORIGIN}/`);
    await expect(dc.consoleConnection).toHaveText(
      'Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.',
    );
    await expect(dc.syncStatus).toContainText('Sync: console mode required');
  });
});
