import { expect, test } from '../fixtures';
import { PLAIN_HOST_ORIGIN } from '../servers/demo-sites';

/** A policy as directive → sources, so that each directive is checked on its own. */
const directives = (policy: string | undefined) =>
  Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources.sort().join(' ')]),
  );

/**
 * What each page must be served with (the e2e servers allow the plain host, 127.0.0.1:4210, as an
 * extra Desktop Connect origin: playwright.config.ts), written out here rather than read from the servers'
 * constants: a server that loosens a directive (an inline script, another framer) fails here.
 */
const COMMON = { 'default-src': "'self'", 'object-src': "'none'", 'base-uri': "'none'" };
const EXPECTED = {
  console: {
    ...COMMON,
    'script-src': "'self'",
    'style-src': "'self'",
    'frame-ancestors': 'http://127.0.0.1:4200 http://127.0.0.1:4210 http://127.0.0.1:4300',
  },
  shell: {
    ...COMMON,
    'script-src': "'self' http://127.0.0.1:4201 http://127.0.0.1:4300/support/api/62.0/lightning/opencti_min.js",
    'style-src': "'self' 'unsafe-inline'",
    'frame-ancestors': 'http://127.0.0.1:4300',
  },
};

test.describe('Content-Security-Policy of the demo servers', () => {
  test('the console, the bridge page and the shell are served with strict policies', async ({ request }) => {
    for (const [url, expected] of [
      ['http://127.0.0.1:4300/', EXPECTED.console],
      ['http://127.0.0.1:4300/bridge.html', EXPECTED.console],
      ['http://127.0.0.1:4200/', EXPECTED.shell],
    ] as const) {
      const policy = (await request.get(url)).headers()['content-security-policy'];
      expect(policy, `${url} sends no policy`).toBeTruthy();
      const found = directives(policy);
      for (const [name, sources] of Object.entries(expected)) expect(found[name], `${url}: ${name}`).toBe(sources);
      expect(policy, url).not.toMatch(/unsafe-eval|\*/);
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
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>x</title><iframe title="dc" src="http://127.0.0.1:4200/"></iframe>',
      }),
    );
    await page.goto('http://127.0.0.1:4310/frame.html');
    await page.waitForTimeout(500);
    const dc = page.frames().find((f) => f.url().startsWith('http://127.0.0.1:4200/'));
    // Blocked by frame-ancestors: no Desktop Connect document is loaded in the frame.
    expect(
      dc
        ? await dc
            .locator('body')
            .count()
            .catch(() => 0)
        : 0,
    ).toBe(0);
    expect(pageErrors.filter((e) => !/frame-ancestors|Content Security Policy|refused to connect/i.test(e))).toEqual(
      [],
    );
    pageErrors.length = 0;
  });
});
