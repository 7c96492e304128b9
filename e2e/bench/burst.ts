/** P5 of the benchmarks: a burst of events through the bridge, and its raw baseline. */
import type { Frame, Page } from '@playwright/test';
import type { AgentWorkRecord } from '../console-sim/model/omni-records';
import type { ToolkitCallCount } from '../console-sim/control-api';
import { DEFAULT_ORG } from '../console-sim/model/org-config';
import { consoleControl, openEcho } from './demo-harness';
import { oneMoreItems, type OneMore } from './one-more';

export const ITEMS = 200;
export const CHANGES = 800;
/** The one-more items after the burst (one-more.ts). */
export { ONE_MORE } from './one-more';
/** How long the burst may take to show up before what is missing counts as lost. */
const DEADLINE_MS = 20_000;
/** The last of the burst's status changes, and how omni-mfe names it. */
const LAST_STATUS = 'Available_Cases';

export interface BurstFigures {
  settleMs: number;
  counted: number;
  /** Items the console has Assigned after the burst and the ones after it. */
  consoleAssigned: number;
  reconnects: number;
  resyncs: number;
  /** The presence omni-mfe shows after the burst, and the console's own status name. */
  presence: { shown: string; console: string };
  /** Each one-more item: ms from arrival to its painted frame's end; frames rendered before that one. */
  oneMore: OneMore[];
  /** One-more items that did not reach their row before the deadline. */
  oneMoreLost: number;
}

/** The number the launcher's bubble shows ("N work items"), or -1 when it shows none. */
const COUNT = () =>
  Number(
    /^(\d+) work items?$/.exec(document.querySelector('omni-launcher .count')?.textContent?.trim() ?? '')?.[1] ?? -1,
  );

/**
 * P5: ITEMS work items and CHANGES presence changes fired at full speed by the console. Every
 * wait has a deadline; what did not arrive by then is reported lost, not waited for. A reconnect
 * or a resync (a new bridge, a re-read of the console's work) would repair a loss, so both are
 * counted from the console's side. Then ONE_MORE items, one at a time, into the open panel: the
 * time from the item's arrival in omni-mfe to the painted frame that shows its row.
 */
export async function burst(page: Page, shell: Frame): Promise<BurstFigures> {
  await consoleControl(page, 'setPushTimeout', 3_600_000);
  const loadsBefore = await consoleControl<number>(page, 'bridgeLoads');
  const callsBefore = await consoleControl<Record<string, ToolkitCallCount>>(page, 'toolkitCalls');
  const settled = shell.evaluate(
    ({ count, deadline }) =>
      new Promise<number>((resolve) => {
        const look = () =>
          Number(
            /^(\d+) work items?$/.exec(
              document.querySelector('omni-launcher .count')?.textContent?.trim() ?? '',
            )?.[1] ?? -1,
          );
        const t0 = performance.now();
        const done = () => look() === count;
        if (done()) return resolve(performance.timeOrigin + performance.now());
        const observer = new MutationObserver(() => done() && finish());
        const timer = setTimeout(() => finish(), deadline);
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(done() ? performance.timeOrigin + performance.now() : -(performance.now() - t0));
        };
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    { count: ITEMS, deadline: DEADLINE_MS },
  );
  const t0 = await page.evaluate(
    ({ items, changes }) => {
      const c = (
        window as unknown as {
          omniConsoleSimulator: { control: { route(i: object): string; setStatus(s: string): void } };
        }
      ).omniConsoleSimulator.control;
      const t = performance.timeOrigin + performance.now();
      const every = (items + changes) / items;
      for (let i = 0; i < items + changes; i++) {
        if (i % every === 0) c.route({ type: 'Case', subject: `Burst ${i / every}`, priority: 1, capacityWeight: 0 });
        else c.setStatus(i % 2 ? 'Available_Cases' : 'Available');
      }
      return t;
    },
    { items: ITEMS, changes: CHANGES },
  );
  const end = await settled;
  const settleMs = end > 0 ? end - t0 : Number.NaN;
  const counted = Math.max(0, await shell.evaluate(COUNT));
  const presence = await finalPresence(page, shell);
  const oneMore = await oneMoreItems(page, shell, counted);
  const consoleAssigned = (await consoleControl<AgentWorkRecord[]>(page, 'agentWork')).filter(
    (w) => w.status === 'Assigned',
  ).length;
  const callsAfter = await consoleControl<Record<string, ToolkitCallCount>>(page, 'toolkitCalls');
  return {
    settleMs,
    counted,
    consoleAssigned,
    reconnects: (await consoleControl<number>(page, 'bridgeLoads')) - loadsBefore,
    resyncs: (callsAfter['getAgentWorks']?.calls ?? 0) - (callsBefore['getAgentWorks']?.calls ?? 0),
    presence,
    oneMore: oneMore.filter((o) => o !== null),
    oneMoreLost: oneMore.filter((o) => o === null).length,
  };
}

/** What omni-mfe shows once the burst's status changes are in, against the console's status. */
async function finalPresence(page: Page, shell: Frame): Promise<{ shown: string; console: string }> {
  const apiName = await consoleControl<string>(page, 'presence');
  const consoleName = DEFAULT_ORG.statuses.find((s) => s.statusApiName === apiName)?.statusName ?? apiName;
  const expected = `Omni-Channel: ${consoleName}`;
  const shown = await shell.evaluate(
    (expected) =>
      new Promise<string>((resolve) => {
        const read = () =>
          [...document.querySelectorAll('[role=status]')]
            .find((e) => e.getAttribute('aria-label') === 'Omni-Channel presence')
            ?.textContent?.trim() ?? '';
        const t0 = performance.now();
        const look = () =>
          read() === expected || performance.now() - t0 > 5000 ? resolve(read()) : setTimeout(look, 10);
        look();
      }),
    expected,
  );
  const onConsole = apiName === LAST_STATUS ? consoleName : `${consoleName}, though the burst ended on ${LAST_STATUS}`;
  return { shown: shown.replace(/^Omni-Channel: /, ''), console: onConsole };
}

/** Each item's times, or null when its row did not appear within the deadline. */
/** The P5 baseline: 1,000 raw messages through a port to the console origin and back. */
export async function rawBurst(shell: Frame): Promise<number> {
  await openEcho(shell);
  return shell.evaluate(async () => {
    const port = (window as unknown as { __echo: MessagePort }).__echo;
    let back = 0;
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      port.onmessage = () => ++back === 1000 && resolve();
      for (let i = 0; i < 1000; i++) port.postMessage({ i, payload: 'x'.repeat(200) });
    });
    return performance.now() - t0;
  });
}
