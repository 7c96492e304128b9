import type { Locator, Page } from '@playwright/test';
import type { ConsoleKind, ConsoleSimulatorControl } from '../console-sim/control-api';
import type { AgentWorkRecord, RouteInput } from '../console-sim/model/omni-records';
import { DEMO_URL } from '../servers/demo-sites';
import { DesktopConnectPage } from './desktop-connect-page';

type Control = ConsoleSimulatorControl;

/**
 * The console's URL for a kind of console, with more of the query (`?dc=…`) and, given a seed, the
 * adverse timing profile (`timing=adverse&seed=N`, docs/QA.md).
 */
export function consoleUrl(kind: ConsoleKind, query = '', adverseSeed?: number): string {
  const url = new URL(DEMO_URL);
  url.search = query;
  if (kind === 'lightning') url.searchParams.set('console', 'lightning');
  if (adverseSeed !== undefined) {
    url.searchParams.set('timing', 'adverse');
    url.searchParams.set('seed', String(adverseSeed));
  }
  return url.href;
}

/**
 * The simulated Salesforce console (Classic or Lightning, same names and control API) with
 * Desktop Connect in its softphone frame.
 */
export class ConsoleSimPage {
  readonly dc: DesktopConnectPage;
  readonly omniStatus: Locator;
  readonly omniWork: Locator;
  readonly consoleTabs: Locator;
  readonly consoleMode: Locator;
  readonly reloadBridgeButton: Locator;
  readonly killBridgeButton: Locator;

  /** `adverseSeed`: the console opens with the adverse timing profile, from this seed. */
  constructor(
    readonly page: Page,
    readonly kind: ConsoleKind = 'classic',
    readonly adverseSeed?: number,
  ) {
    this.dc = new DesktopConnectPage(page, page.frameLocator('iframe[title="Desktop Connect softphone"]'));
    this.omniStatus = page.getByRole('combobox', { name: 'Omni-Channel status' });
    this.omniWork = page.getByRole('list', { name: 'Omni-Channel work' });
    this.consoleTabs = page.getByRole('tablist', { name: 'Console tabs' });
    this.consoleMode = page.getByRole('checkbox', { name: 'Console mode' });
    this.reloadBridgeButton = page.getByRole('button', { name: 'Reload bridge' });
    this.killBridgeButton = page.getByRole('button', { name: 'Kill bridge' });
  }

  /** `query` such as `?dc=http://127.0.0.1:4210/` frames another allowed Desktop Connect. */
  async open(query = ''): Promise<void> {
    await this.page.goto(consoleUrl(this.kind, query, this.adverseSeed));
  }

  /** Sets the agent's presence in the Omni-Channel widget, as an agent would. */
  async chooseOmniStatus(label: string): Promise<void> {
    await this.omniStatus.selectOption({ label });
  }

  async route(input: Partial<RouteInput> & Pick<RouteInput, 'type'>): Promise<string> {
    return this.call('route', input);
  }

  async agentWork(): Promise<AgentWorkRecord[]> {
    return this.call('agentWork');
  }

  /** The console's AgentWork records of one work item, oldest first. */
  async workOf(workItemId: string): Promise<AgentWorkRecord[]> {
    return (await this.agentWork()).filter((w) => w.workItemId === workItemId);
  }

  async presence(): Promise<string> {
    return this.call('presence');
  }

  async bridgeLoads(): Promise<number> {
    return this.call('bridgeLoads');
  }

  /** Calls the simulator's control API (docs/QA.md) in the console page. */
  call<K extends keyof Control>(name: K, ...args: Parameters<Control[K]>): Promise<ReturnType<Control[K]>> {
    return this.page.evaluate(
      ({ name, args }) => {
        const control = (
          window as unknown as { omniConsoleSimulator: { control: Record<string, (...a: unknown[]) => unknown> } }
        ).omniConsoleSimulator.control;
        return control[name](...args);
      },
      { name: name as string, args: args as unknown[] },
    ) as Promise<ReturnType<Control[K]>>;
  }
}
