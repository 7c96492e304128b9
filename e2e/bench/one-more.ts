/**
 * P5's one-more items: ONE_MORE items routed one at a time into the open panel of the burst's
 * items, each timed from its arrival at omni-mfe's port to the end of the frame that paints its
 * row, and the frames rendered in between counted (stampArrivals in demo-harness.ts stamps both).
 */
import type { Frame, Page } from '@playwright/test';
import { consoleControl } from './demo-harness';

/** Items routed one at a time into the open panel of the burst's items, each timed to its painted frame. */
export const ONE_MORE = 50;
/** How long the burst's rows may take to show in the panel once it is opened. */
const DEADLINE_MS = 20_000;
/** A single item into the open panel takes milliseconds: 2 s is lost. */
const ONE_MORE_DEADLINE_MS = 2_000;

export type OneMore = { painted: number; missed: number };

export async function oneMoreItems(page: Page, shell: Frame, rowsBefore: number): Promise<(OneMore | null)[]> {
  // Open the panel and let it draw its items first: only each new item is timed.
  await shell.evaluate(() => (document.querySelector('omni-launcher button') as HTMLButtonElement).click());
  await shell.waitForFunction((n) => document.querySelectorAll('omni-work-item-panel li').length === n, rowsBefore, {
    timeout: DEADLINE_MS,
  });
  // Frames are rendered continuously while items arrive, as they are while an agent works, so
  // that "the first frame after arrival" is always there to be hit or missed.
  await shell.evaluate(() => {
    const tick = () => ((window as unknown as { __frameLoop: number }).__frameLoop = requestAnimationFrame(tick));
    tick();
  });
  const out: (OneMore | null)[] = [];
  for (let k = 1; k <= ONE_MORE; k++) {
    await page.waitForTimeout(50);
    const label = `One more ${k}`;
    // Waits for this item's own row, so that a lost item costs its own deadline and no other.
    const appeared = shell.evaluate(
      ({ label, deadline }) =>
        new Promise<[number, number, number] | null>((resolve) => {
          const w = window as unknown as {
            __assigned: number[];
            __rendering: boolean;
            __frameRun: number;
            __frameRuns: number[];
          };
          const now = () => performance.timeOrigin + performance.now();
          // The row is painted with the frame being rendered when it appears during rendering,
          // else with the next one; the first task after that frame marks its end.
          const afterPaint = (then: (frameRun: number) => void) => {
            const ch = new MessageChannel();
            const post = () => {
              const frameRun = w.__frameRun;
              ch.port1.onmessage = () => (ch.port1.close(), then(frameRun));
              ch.port2.postMessage(0);
            };
            if (w.__rendering) post();
            else requestAnimationFrame(post);
          };
          const shown = () =>
            [...document.querySelectorAll('omni-work-item-panel li .label')].some(
              (l) => l.textContent?.trim() === label,
            );
          const timer = setTimeout(() => (observer.disconnect(), resolve(null)), deadline);
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            clearTimeout(timer);
            afterPaint((frameRun) => {
              const arrived = w.__assigned[w.__assigned.length - 1];
              // Frames rendered after the arrival and before the one that painted the row.
              const missed = w.__frameRuns.filter((t) => t > arrived && t < frameRun).length;
              resolve([now() - arrived, missed, frameRun]);
            });
          });
          observer.observe(document.querySelector('omni-work-item-panel')!, {
            subtree: true,
            childList: true,
            characterData: true,
          });
        }),
      { label, deadline: ONE_MORE_DEADLINE_MS },
    );
    await consoleControl(page, 'route', { type: 'Case', subject: label, priority: 1, capacityWeight: 0 });
    const seen = await appeared;
    // Both ends on the DC frame's clock.
    out.push(seen && { painted: seen[0], missed: seen[1] });
  }
  await shell.evaluate(() => cancelAnimationFrame((window as unknown as { __frameLoop: number }).__frameLoop));
  return out;
}
