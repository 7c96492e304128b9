import type { BrowserContext } from '@playwright/test';
import type { ConsoleKind } from '../console-sim/control-api';
import { ConsoleSimPage } from './console-sim-page';

/**
 * Several console tabs of one browser (Playwright pages of one context), as an agent opens them:
 * open, close (running the page's pagehide, as closing a tab does) and freeze (Chrome's lifecycle
 * freeze of a hidden tab, through the DevTools protocol) a console tab.
 */
export class ConsoleTabSet {
  readonly tabs: ConsoleSimPage[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly kind: ConsoleKind,
  ) {}

  /** Opens one more console tab and waits until its Desktop Connect reaches the console. */
  async open(query = ''): Promise<ConsoleSimPage> {
    const sim = new ConsoleSimPage(await this.context.newPage(), this.kind);
    await sim.open(query);
    this.tabs.push(sim);
    return sim;
  }

  async close(sim: ConsoleSimPage): Promise<void> {
    this.tabs.splice(this.tabs.indexOf(sim), 1);
    await sim.page.close({ runBeforeUnload: true });
  }

  /** Freezes (`frozen`) or resumes (`active`) the tab, as Chrome does with hidden tabs. */
  async lifecycle(sim: ConsoleSimPage, state: 'frozen' | 'active'): Promise<void> {
    const cdp = await this.context.newCDPSession(sim.page);
    await cdp.send('Page.setWebLifecycleState', { state });
    await cdp.detach();
  }
}
