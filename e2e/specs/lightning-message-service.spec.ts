import type { Frame } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { ConsoleSimPage } from '../pages/console-sim-page';
import { PLAIN_HOST_ORIGIN } from '../servers/demo-sites';

/** A page with Open CTI only, on the plain host's origin (an allowed Desktop Connect origin in e2e). */
const BARE_SOFTPHONE = `${PLAIN_HOST_ORIGIN}/bare-softphone.html`;

const CHANNEL = 'dcOmniBridge__c';
type OpenCti = { subscribe(args: object): void; publish(args: object): void };
const SESSION = 'session-1';
const welcome = {
  proto: 'dc-omni-lms',
  to: 'relay',
  session: SESSION,
  envelope: { proto: 'dc-omni-bridge', v: 1, kind: 'welcome', type: 'welcome', payload: {} },
};

/**
 * The Lightning console's side alone, without omni-mfe: a bare softphone page on an allowed Desktop
 * Connect origin (served with a Desktop Connect host's policy) loads the console's opencti_min.js and talks to the
 * production relay through the simulated message service.
 */
test.describe('Lightning console: Open CTI, the message service and the relay', () => {
  let softphone: Frame;
  let sim: ConsoleSimPage;

  test.beforeEach(async ({ page, newSim, pageErrors }) => {
    void pageErrors;
    sim = newSim();
    await sim.open(`?dc=${BARE_SOFTPHONE}`);
    await expect.poll(() => page.frames().find((f) => f.url().startsWith(BARE_SOFTPHONE))).toBeTruthy();
    softphone = page.frames().find((f) => f.url().startsWith(BARE_SOFTPHONE))!;
    // Framed as Open CTI frames the adapter URL in Lightning: no ?console= of ours.
    expect(new URL(softphone.url()).searchParams.get('mode')).toBe('Lightning');
    expect(softphone.url()).not.toContain('console=');
    await softphone.waitForFunction(() => !!(window as unknown as { sforce?: { opencti?: unknown } }).sforce?.opencti);
    // Subscribe and keep what the channel delivers.
    const subscribed = await softphone.evaluate(
      (channelName) =>
        new Promise((resolve) => {
          const w = window as unknown as {
            received: unknown[];
            sforce: { opencti: OpenCti };
          };
          w.received = [];
          w.sforce.opencti.subscribe({ channelName, listener: (m: unknown) => w.received.push(m), callback: resolve });
        }),
      CHANNEL,
    );
    expect(subscribed).toEqual({ success: true, returnValue: expect.objectContaining({ channelName: CHANNEL }) });
  });

  const publish = (message: unknown) =>
    softphone.evaluate(
      ([channelName, message]) =>
        new Promise((resolve) =>
          (window as unknown as { sforce: { opencti: OpenCti } }).sforce.opencti.publish({
            channelName,
            message,
            callback: resolve,
          }),
        ),
      [CHANNEL, message] as const,
    );
  /** What the softphone received in a session, or (announcements) the relay's session-less hellos. */
  const received = (announcements = false) =>
    softphone.evaluate(
      (announcements) =>
        (
          window as unknown as {
            received: {
              to: string;
              session: string | null;
              envelope: { kind: string; type: string; payload: unknown };
            }[];
          }
        ).received.filter((m) => (m.session === null) === announcements),
      announcements,
    );

  test('a softphone welcomes the relay, is answered, and hears it announce itself when reloaded', async () => {
    expect(await publish(welcome)).toEqual({ success: true, returnValue: null });
    await expect
      .poll(async () => (await received()).map((m) => [m.to, m.session, m.envelope.kind]))
      .toEqual([
        ['relay', SESSION, 'welcome'], // the channel hands the softphone its own message too
        ['softphone', SESSION, 'hello'],
      ]);
    const getPresence = {
      ...welcome,
      envelope: { proto: 'dc-omni-bridge', v: 1, kind: 'request', id: 'r1', type: 'getPresence', payload: {} },
    };
    await publish(getPresence);
    await expect
      .poll(async () => (await received()).find((m) => m.envelope.kind === 'response')?.envelope.payload)
      .toEqual({ ok: true, result: { loggedIn: false, status: null } });

    // The relay may have announced its first start before or after the softphone subscribed.
    const before = (await received(true)).length;
    await sim.reloadBridgeButton.click();
    await expect
      .poll(async () => (await received(true)).map((m) => m.envelope.kind))
      .toEqual([...Array(before).fill('hello'), 'hello']);
    expect(await sim.bridgeLoads()).toBe(2);
  });

  test('a failed publish answers Open CTI errors; the next one goes through', async () => {
    await sim.call('failNextPublish');
    expect(await publish(welcome)).toEqual({
      success: false,
      errors: [{ code: 'SOFTPHONE_CONTAINER_ERROR', description: expect.any(String), details: expect.any(String) }],
    });
    expect(await publish(welcome)).toEqual({ success: true, returnValue: null });
    await expect.poll(async () => (await received()).map((m) => m.envelope.kind)).toEqual(['welcome', 'hello']);
  });

  test('publishes from another window are dropped and counted, never answered', async ({ page }) => {
    // The console page itself (a window that is not the softphone frame) posts a well-formed publish.
    await page.evaluate(
      (message) =>
        window.postMessage(
          { wire: 'sim-opencti', op: 'publish', callId: 1, channelName: 'dcOmniBridge__c', message },
          location.origin,
        ),
      welcome,
    );
    await expect.poll(async () => (await sim.call('messageService')).drops.window).toBe(1);
    await page.waitForTimeout(200);
    expect(await received()).toEqual([]);
    expect(await sim.call('toolkitCalls')).toEqual({});
  });
});
