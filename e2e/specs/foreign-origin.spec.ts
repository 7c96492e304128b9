import { expect, test } from '../fixtures';
import { ConsoleSimPage } from '../pages/console-sim-page';

const EVIL = 'http://127.0.0.1:4310';

/**
 * A page on another origin that got hold of the console window (it opened it) posts
 * well-formed protocol messages to Desktop Connect and to the bridge page inside it.
 */
const EVIL_PAGE = `<!doctype html><html><body>
<button id="open">Open console</button><button id="attack">Attack</button>
<script>
  const env = (kind, type, payload, id) => ({ proto: 'dc-omni-bridge', v: 1, kind, type, payload, ...(id ? { id } : {}) });
  let target = null;
  window.answers = 0;
  document.getElementById('open').onclick = () => { target = window.open('http://127.0.0.1:4300/', 'console'); };
  document.getElementById('attack').onclick = () => {
    const shell = target.frames[0];
    const bridge = shell.frames[0];
    const busy = { statusId: '0N5000000000003', statusName: 'Busy', statusApiName: 'Busy', channels: [] };
    shell.postMessage(env('hello', 'hello', { adapter: 'simulator', consoleMode: true }), '*');
    shell.postMessage(env('event', 'presenceChanged', busy), '*');
    shell.postMessage(env('event', 'loggedOut', {}), '*');
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.answers += 1; };
    bridge.postMessage(env('welcome', 'welcome', {}), '*', [channel.port2]);
    channel.port1.postMessage(env('request', 'setPresence', { statusId: busy.statusId }, 'evil-1'));
    channel.port1.postMessage(env('request', 'logout', {}, 'evil-2'));
    channel.port1.postMessage(env('ping', 'ping', {}, 'evil-3'));
    window.attackDelivered = true;
  };
</script></body></html>`;

test('a page on another origin posting well-formed messages changes nothing', async ({ page, context, pageErrors }) => {
  void pageErrors;
  await page.route(`${EVIL}/**`, (route) => route.fulfill({ contentType: 'text/html', body: EVIL_PAGE }));
  await page.goto(`${EVIL}/evil.html`);
  const [consolePage] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open console' }).click(),
  ]);
  const warnings: string[] = [];
  consolePage.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const sim = new ConsoleSimPage(consolePage);
  await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
  await sim.chooseOmniStatus('Available');
  await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: Available');

  await page.getByRole('button', { name: 'Attack' }).click();
  expect(await page.evaluate(() => (window as unknown as { attackDelivered?: boolean }).attackDelivered)).toBe(true);
  // Both intakes saw the messages and dropped them for their origin.
  await expect
    .poll(() => warnings.find((w) => w.startsWith('omni-mfe console bridge: dropped bridge messages (origin')))
    .toBeTruthy();
  await expect
    .poll(() => warnings.find((w) => w.startsWith('console bridge: dropped bridge messages (origin')))
    .toBeTruthy();

  await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: Available');
  await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
  expect(await sim.presence()).toBe('Available');
  expect(await sim.bridgeLoads()).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { answers: number }).answers)).toBe(0);
});
