/**
 * What P5 checks once its burst is in, beyond counts: the DC header shows the DC state that the
 * burst's last Omni status maps to (Omni → DC, with the demo's mapping), and the panel's items are
 * the console's Assigned AgentWork, item by item (by work id): none lost, none extra.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import type { AgentWorkRecord } from '../console-sim/model/omni-records';
import { consoleControl } from './demo-harness';

/** The mapping the demo's shell gives omni-mfe (Omni status API name → DC state key). */
const OMNI_TO_DC: Record<string, string> = JSON.parse(
  readFileSync(resolve(__dirname, '../../shell/public/omni-mapping.json'), 'utf8'),
).omniToDc;

/** The DC state key an Omni status maps to; throws when the demo's mapping has none. */
export function dcStateFor(statusApiName: string): string {
  const key = OMNI_TO_DC[statusApiName];
  if (!key) throw new Error(`the demo's mapping maps no DC state to ${statusApiName}`);
  return key;
}

/** How long the DC header may take to show the last status's DC state once the burst is in. */
const HEADER_DEADLINE_MS = 5_000;

/** The DC header's state (its select's value) once it shows `expected`, or what it shows at the deadline. */
export function dcHeaderState(shell: Frame, expected: string): Promise<string> {
  return shell.evaluate(
    ({ expected, deadline }) =>
      new Promise<string>((resolve) => {
        const read = () => (document.querySelector('select[name=dcState]') as HTMLSelectElement | null)?.value ?? '';
        const t0 = performance.now();
        const look = () =>
          read() === expected || performance.now() - t0 > deadline ? resolve(read()) : setTimeout(look, 10);
        look();
      }),
    { expected, deadline: HEADER_DEADLINE_MS },
  );
}

export interface ItemsById {
  /** Assigned in the console, not in omni-mfe's panel. */
  missing: string[];
  /** In omni-mfe's panel, not Assigned in the console (or shown twice). */
  extra: string[];
}

/** Omni-mfe's panel (open, every row drawn) against the console's Assigned AgentWork, by work id. */
export async function itemsById(page: Page, shell: Frame): Promise<ItemsById> {
  const shown = await shell.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('omni-work-item-panel li[data-work-id]')].map(
      (li) => li.dataset['workId'] ?? '',
    ),
  );
  const assigned = (await consoleControl<AgentWorkRecord[]>(page, 'agentWork'))
    .filter((w) => w.status === 'Assigned')
    .map((w) => w.workId);
  const inConsole = new Set(assigned);
  const inPanel = new Set(shown);
  return {
    missing: assigned.filter((id) => !inPanel.has(id)),
    extra: [...shown.filter((id) => !inConsole.has(id)), ...shown.filter((id, i) => shown.indexOf(id) !== i)],
  };
}

/** A list of ids for a failure message: the first few and how many in all. */
export function ids(list: string[]): string {
  return list.length > 5 ? `${list.slice(0, 5).join(', ')} and ${list.length - 5} more` : list.join(', ');
}
