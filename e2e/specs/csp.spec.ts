import { expect, test } from '../fixtures';
import { demoCsp, PLAIN_HOST_ORIGIN } from '../servers/demo-sites';

// The e2e servers allow the plain host as an extra Desktop Connect origin (playwright.config.ts).
const CSP = demoCsp([PLAIN_HOST_ORIGIN]);

test.describe('Content-Security-Policy of the demo servers', () => {
  test('the console, the bridge page and both hosts are served with strict policies', async ({ request }) => {
    for (const [url, csp] of [
      ['http://127.0.0.1:4300/', CSP.console],
      ['http://127.0.0.1:4300/bridge.html', CSP.console],
      ['http://127.0.0.1:4200/', CSP.shell],
      [`${PLAIN_HOST_ORIGIN}/`, CSP.plainHost],
    ] as const) {
      const policy = (await request.get(url)).headers()['content-security-policy'];
      expect(policy, url).toBe(csp);
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).toMatch(/script-src 'self'( http:\/\/127\.0\.0\.1:4201)?;/);
      expect(policy).toMatch(/frame-ancestors http:\/\/127\.0\.0\.1:4300/);
    }
    // DEMO_EXTRA_DC_ORIGINS: the console may frame the plain host, which may frame the bridge page.
    const consolePolicy = (await request.get('http://127.0.0.1:4300/bridge.html')).headers()['content-security-policy'];
    expect(consolePolicy).toContain(`frame-src http://127.0.0.1:4200 ${PLAIN_HOST_ORIGIN} http://127.0.0.1:4300;`);
    expect(consolePolicy).toMatch(new RegExp(`frame-ancestors [^;]*${PLAIN_HOST_ORIGIN.replace(/\./g, '\\.')}`));
  });

  test('an injected inline script does not run, and the violation is reported', async ({ sim, pageErrors }) => {
    await sim.dc.logIn('1001');
    const frame = sim.page.frames().find((f) => f.url().startsWith('http://127.0.0.1:4200/'))!;
    const violation = await frame.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true';
          document.body.append(script);
        }),
    );
    expect(violation).toMatch(/^script-src/);
    expect(await frame.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    // The browser logs the refusal; that one is expected here, and nothing else.
    expect(pageErrors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    pageErrors.length = 0;
  });

  test('a page on another origin cannot frame Desktop Connect', async ({ page, pageErrors }) => {
    await page.route('http://127.0.0.1:4310/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title><iframe title="dc" src="http://127.0.0.1:4200/"></iframe>' }),
    );
    await page.goto('http://127.0.0.1:4310/frame.html');
    await page.waitForTimeout(500);
    const dc = page.frames().find((f) => f.url().startsWith('http://127.0.0.1:4200/'));
    // Blocked by frame-ancestors: no Desktop Connect document is loaded in the frame.
    expect(dc ? await dc.locator('body').count().catch(() => 0) : 0).toBe(0);
    expect(pageErrors.filter((e) => !/frame-ancestors|Content Security Policy|refused to connect/i.test(e))).toEqual([]);
    pageErrors.length = 0;
  });
});
