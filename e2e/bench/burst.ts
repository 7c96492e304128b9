/** P5 of the benchmarks: a burst of events through the bridge, and its raw baseline. */
import type { Frame, Page } from '@playwright/test';
import type { AgentWorkRecord } from '../console-sim/model/omni-records';
import type { ToolkitCallCount } from '../console-sim/control-api';
import { DEFAULT_ORG } from '../console-sim/model/org-config';
import { dcHeaderState, dcStateFor, itemsById, type ItemsById } from './burst-checks';
import { consoleControl, openEcho } from './demo-harness';
import { oneMoreItems, type OneMore } from './one-more';

export const ITEMS = 200;
/**
 * Each item's status changes, in order, mapping to four DC states (Busy → Not Ready, On a Call →
 * On Call, Available for Cases → Ready, On Break → Not Ready: Break): the item is routed just
 * before the one at ROUTE_AT, while the agent can take Cases, so that it is assigned at once.
 */
const CYCLE = ['Busy', 'On_Call', 'Available_Cases', 'On_Break'] as const;
const ROUTE_AT = 3;
export const CHANGES = ITEMS * CYCLE.length;
/** The one-more items after the burst (one-more.ts). */
export { ONE_MORE } from './one-more';
/** How long the burst may take to show up before what is missing counts as lost. */
const DEADLINE_MS = 20_000;
/** The last of the burst's status changes: not the state DC starts in, so that Omni → DC shows. */
const LAST_STATUS = CYCLE[CYCLE.length - 1];
/** The status the items are routed in. */
const ROUTABLE = CYCLE[ROUTE_AT - 1];

export interface BurstFigures {
  settleMs: number;
  counted: number;
  /** Items the console has Assigned after the burst and the ones after it. */
  consoleAssigned: number;
  reconnects: number;
  resyncs: number;
  /** The presence omni-mfe shows after the burst, and the console's own status name. */
  presence: { shown: string; console: string };
  /** The DC header's state after the burst, and the one the last Omni status maps to. */
  dcHeader: { shown: string; expected: string };
  /** The open panel's items against the console's Assigned AgentWork, by work id. */
  byId: ItemsById;
  /** Presence writes to the console during the burst (Omni → DC changes must cause none). */
  writes: number;
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
    ({ items, cycle, routeAt }) => {
      const c = (
        window as unknown as {
          omniConsoleSimulator: { control: { route(i: object): string; setStatus(s: string): void } };
        }
      ).omniConsoleSimulator.control;
      const t = performance.timeOrigin + performance.now();
      for (let i = 0; i < items; i++) {
        cycle.forEach((status, j) => {
          if (j === routeAt) c.route({ type: 'Case', subject: `Burst ${i}`, priority: 1, capacityWeight: 0 });
          c.setStatus(status);
        });
      }
      return t;
    },
    { items: ITEMS, cycle: [...CYCLE], routeAt: ROUTE_AT },
  );
  const end = await settled;
  const settleMs = end > 0 ? end - t0 : Number.NaN;
  const counted = Math.max(0, await shell.evaluate(COUNT));
  const presence = await finalPresence(page, shell);
  const expected = dcStateFor(LAST_STATUS);
  const dcHeader = { shown: await dcHeaderState(shell, expected), expected };
  // The burst ends where no Case can be routed: the one-more items need the agent available again.
  await consoleControl(page, 'setStatus', ROUTABLE);
  await dcHeaderState(shell, dcStateFor(ROUTABLE));
  const oneMore = await oneMoreItems(page, shell, counted);
  const byId = await itemsById(page, shell);
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
    dcHeader,
    byId,
    writes:
      (callsAfter['setServicePresenceStatus']?.calls ?? 0) - (callsBefore['setServicePresenceStatus']?.calls ?? 0),
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
