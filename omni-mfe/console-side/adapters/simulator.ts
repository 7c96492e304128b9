import type { PresenceStatus } from '@shared/protocol/console-data.schema';
import type { WorkDetails } from './console-normalize';
import { SalesforceClassicAdapter } from './salesforce-classic';
import type { SforceConsole } from './sforce-console';

/**
 * What the simulated console (e2e/console-sim) offers the bridge page in its top window: a
 * Classic-shaped `sforce.console`, plus what the real toolkit leaves to the bridge's config
 * (statuses) or to record queries (work details), and control hooks for QA fixtures.
 */
export interface ConsoleSimulatorHost {
  readonly sforce: { readonly console: SforceConsole };
  statuses(): readonly PresenceStatus[];
  workDetails: WorkDetails;
  /** The simulator can kill (stop answering) or reload the bridge page. */
  registerBridge(controls: { kill(): void; reload(): void }): void;
}

export const SIMULATOR_GLOBAL = 'omniConsoleSimulator';

/** Finds the simulator in the top window (same origin as this page); null when absent. */
export function findSimulator(win: Window): ConsoleSimulatorHost | null {
  try {
    return (win.top as unknown as Record<string, ConsoleSimulatorHost | undefined>)[SIMULATOR_GLOBAL] ?? null;
  } catch {
    return null;
  }
}

/** The simulator adapter is the Classic adapter, run against the simulator's toolkit. */
export function simulatorAdapter(host: ConsoleSimulatorHost): SalesforceClassicAdapter {
  return new SalesforceClassicAdapter(host.sforce.console, {
    name: 'simulator',
    statuses: () => host.statuses(),
    workDetails: host.workDetails,
  });
}
