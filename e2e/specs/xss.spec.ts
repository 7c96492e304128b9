import { expect, test } from '../fixtures';

/** Each payload would set `__xss` in whatever window ran it. */
const PAYLOADS = [
  `<img src=x onerror="window.__xss=1;top.__xss=1">`,
  `"><svg onload="window.__xss=1">`,
  `<script>window.__xss=1</script>`,
  `javascript:window.__xss=1`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `<a href="javascript:window.__xss=1">click</a>`,
];

test('XSS payloads in work items, status names and reason codes are shown as text and never run', async ({ sim }) => {
  const reasons = { required: true, codes: PAYLOADS.map((p, i) => ({ id: `reason-${i}`, label: p })) };
  await sim.page.route('http://127.0.0.1:4200/omni-decline-reasons.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(reasons) }),
  );
  await sim.page.reload();
  await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
  await sim.dc.logIn('1001');
  await sim.dc.chooseDcState('Ready');

  await sim.call('setStatusName', 'Busy', PAYLOADS[0]);
  await sim.call('setStatus', 'Busy');
  await expect(sim.dc.omniPresence).toHaveText(`Omni-Channel: ${PAYLOADS[0]}`);
  await sim.call('setStatus', 'Available');

  for (const [i, subject] of PAYLOADS.entries())
    await sim.route({ type: i % 2 ? 'Chat' : 'Case', subject, priority: 1, capacityWeight: 1 });
  await sim.dc.openWorkPanel();
  for (const subject of PAYLOADS) await expect(sim.dc.workPanel.getByText(subject, { exact: true })).toBeVisible();
  await expect(
    sim.page
      .frameLocator('iframe[title="Desktop Connect softphone"]')
      .getByRole('status')
      .filter({ hasText: `New Chat: ${PAYLOADS[PAYLOADS.length - 1]}` }),
  ).toBeAttached();

  await sim.dc.workPanel.getByRole('listitem').first().getByRole('button', { name: 'Decline' }).click();
  const group = sim.dc.declineDialog.getByRole('radiogroup', { name: 'Reason' });
  for (const label of PAYLOADS) await expect(group.getByRole('radio', { name: label, exact: true })).toBeAttached();
  await group.getByRole('radio', { name: PAYLOADS[1], exact: true }).check();
  await sim.dc.declineDialog.getByRole('button', { name: 'Decline' }).click();
  await expect(sim.dc.declineDialog).toHaveCount(0);
  await expect(sim.omniWork).toContainText('(reason-1)');

  for (const frame of sim.page.frames()) {
    expect(await frame.evaluate(() => (window as unknown as { __xss?: number }).__xss), frame.url()).toBeUndefined();
  }
  // No payload became markup, in the console or in Desktop Connect, where they are rendered.
  for (const frame of sim.page.frames())
    expect(await frame.locator('img[src=x], svg, a[href^="javascript:"]').count(), frame.url()).toBe(0);
});
