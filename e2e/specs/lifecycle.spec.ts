import { expect, test } from '../fixtures';
import { LEAK_PROBE, READ_LEAKS } from '../support/leak-probe';

const CYCLES = Number(process.env['OMNI_MOUNT_CYCLES'] ?? 50);
const SINGLE_SPA_TIMERS_MS = 3500;

test(`mount and unmount omni-mfe ${CYCLES} times: nothing is left behind, and it still works`, async ({
  page,
  newSim,
  consoleKind,
  pageErrors,
}) => {
  void pageErrors;
  test.setTimeout(60_000 + CYCLES * 1000);
  await page.addInitScript(LEAK_PROBE);
  const sim = newSim();
  await sim.open();
  await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
  await sim.dc.logIn('1001');
  await sim.dc.chooseDcState('Ready');
  // Long runs outlast the 30 s push timeout; this item must wait for its Accept at the end.
  await sim.call('setPushTimeout', 3_600_000);
  await sim.route({ type: 'Case', subject: 'Keep me', priority: 1, capacityWeight: 1 });
  await sim.dc.openWorkPanel();
  await expect(sim.dc.workItem('Keep me')).toBeVisible();
  const shell = () => page.frames().find((f) => f.url().startsWith('http://127.0.0.1:4200/'))!;

  await sim.dc.openSettings();
  await expect(sim.dc.omniModule).toHaveCount(0);
  // single-spa arms a warning and a time-out timer (1 s, 3 s) for every lifecycle and lets them
  // lapse: count only once they have.
  await page.waitForTimeout(SINGLE_SPA_TIMERS_MS);
  const baseline = await shell().evaluate(READ_LEAKS);
  expect(baseline.iframes).toBe(0);

  for (let i = 0; i < CYCLES; i++) {
    await sim.dc.openSoftphone();
    await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
    if (i === 0) {
      const mounted = await shell().evaluate(READ_LEAKS);
      if (consoleKind === 'classic') {
        // The probe sees what a mount adds: the bridge iframe and its message listener.
        expect(mounted.iframes).toBe(1);
        expect(mounted.listeners['window:message'] ?? 0).toBeGreaterThan(baseline.listeners['window:message'] ?? 0);
        expect(mounted.ports).toBeGreaterThan(baseline.ports);
      } else {
        // Lightning: no bridge iframe; omni-mfe's one subscription to the console's message service.
        expect(mounted.iframes).toBe(0);
        expect((await sim.call('messageService')).subscriptions).toBe(1);
      }
    }
    await sim.dc.openSettings();
    await expect(sim.dc.omniModule).toHaveCount(0);
  }
  // Listeners, open MessagePorts, intervals and iframes exactly as before; pending time-outs no more than before
  // (a short-lived one may be pending at either reading).
  await expect
    .poll(
      async () => {
        const now = await shell().evaluate(READ_LEAKS);
        return { ...now, timeouts: now.timeouts <= baseline.timeouts ? baseline.timeouts : now.timeouts };
      },
      { timeout: SINGLE_SPA_TIMERS_MS * 2 },
    )
    .toEqual(baseline);

  // Lightning: every mount's subscription to the message service was given back.
  if (consoleKind === 'lightning') expect((await sim.call('messageService')).subscriptions).toBe(0);

  // Remounting still works: the console's truth is read again, work item included.
  await sim.dc.openSoftphone();
  await expect(sim.dc.syncStatus).toContainText('Sync: in sync');
  await expect(sim.dc.workItemCount(1)).toBeAttached();
  await sim.dc.openWorkPanel();
  await sim.dc.workItem('Keep me').getByRole('button', { name: 'Accept' }).click();
  await expect(sim.dc.workItem('Keep me')).toContainText('Accepted');
});
