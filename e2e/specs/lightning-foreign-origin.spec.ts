import { expect, test } from '../fixtures';
import { ConsoleSimPage } from '../pages/console-sim-page';

const EVIL = 'http://127.0.0.1:4310';

/**
 * The Lightning console's counterpart of foreign-origin.spec.ts: a page on another origin that got
 * hold of the console window posts well-formed Open CTI calls to the console's message service
 * (a welcome that would take the relay's session, a logout request) and fake deliveries to
 * Desktop Connect's Open CTI.
 */
const EVIL_PAGE = `<!doctype html><html><body>
<button id="open">Open console</button><button id="attack">Attack</button>
<script>
  const env = (kind, type, payload, id) => ({ proto: 'dc-omni-bridge', v: 1, kind, type, payload, ...(id ? { id } : {}) });
  const lms = (to, session, envelope) => ({ proto: 'dc-omni-lms', to, session, envelope });
  const publish = (callId, message) => ({ wire: 'sim-opencti', op: 'publish', callId, channelName: 'dcOmniBridge__c', message });
  let target = null;
  document.getElementById('open').onclick = () => { target = window.open('http://127.0.0.1:4300/?console=lightning', 'console'); };
  document.getElementById('attack').onclick = () => {
    target.postMessage(publish(1, lms('relay', 'evil', env('welcome', 'welcome', {}))), 'http://127.0.0.1:4300');
    target.postMessage(publish(2, lms('relay', 'evil', env('request', 'logout', {}, 'evil-1'))), 'http://127.0.0.1:4300');
    const busy = { statusId: '0N5000000000003', statusName: 'Busy', statusApiName: 'Busy', channels: [] };
    for (let i = 1; i <= 3; i++)
      target.frames[0].postMessage({ wire: 'sim-opencti', op: 'deliver', subscriptionId: 'softphone-' + i,
        message: lms('softphone', null, env('event', 'presenceChanged', busy)) }, 'http://127.0.0.1:4200');
    window.attackDelivered = true;
  };
</script></body></html>`;

test('Lightning: a page on another origin posting well-formed Open CTI calls changes nothing', async ({
  page,
  context,
  pageErrors,
}) => {
  void pageErrors;
  await page.route(`${EVIL}/**`, (route) => route.fulfill({ contentType: 'text/html', body: EVIL_PAGE }));
  await page.goto(`${EVIL}/evil.html`);
  const [consolePage] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open console' }).click(),
  ]);
  const sim = new ConsoleSimPage(consolePage, 'lightning');
  await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
  await sim.dc.logIn('1001');
  await sim.dc.chooseDcState('Ready');
  await expect(sim.dc.syncStatus).toContainText('Sync: in sync');

  await page.getByRole('button', { name: 'Attack' }).click();
  expect(await page.evaluate(() => (window as unknown as { attackDelivered?: boolean }).attackDelivered)).toBe(true);
  // The console's message service saw both publishes and dropped them: not the softphone's window.
  await expect.poll(async () => (await sim.call('messageService')).drops.window).toBe(2);
  await consolePage.waitForTimeout(300);
  await expect(sim.dc.omniPresence).toHaveText('Omni-Channel: Available');
  expect(await sim.presence()).toBe('Available');
  expect((await sim.call('toolkitCalls'))['logout']).toBeUndefined();
  // The relay still serves Desktop Connect's session, not the attacker's: the next change syncs.
  await sim.dc.chooseDcState('Not Ready – Break');
  await expect(sim.dc.syncStatus).toContainText('Sync: in sync');
  expect(await sim.presence()).toBe('On_Break');
  expect(await sim.bridgeLoads()).toBe(1);
});
