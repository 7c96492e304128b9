import type { ConsoleSimulatorHost } from '../../omni-mfe/console-side/adapters/simulator';
import { SIMULATOR_GLOBAL } from '../../omni-mfe/console-side/adapters/simulator';
import type { ConsoleFlavour, ConsoleParts, LightningOnlyControl } from './console-flavour';
import type { ConsoleSimulatorControl, ToolkitCallCount } from './control-api';
import { workDetailsOf } from './model/work-details';
import { openCtiAdapterUrl } from './page/dc-url';
import { SimulatedSforce } from './simulated-sforce';

/**
 * The Classic console: a Classic-shaped `sforce.console` on the page's global, which the bridge
 * page (framed by Desktop Connect, on the console's origin) finds in its top window.
 */
export function classicConsole(parts: ConsoleParts, control: ConsoleSimulatorControl): ConsoleFlavour {
  let bridge: { kill(): void; reload(): void } | null = null;
  let bridgeLoads = 0;
  const sforce = new SimulatedSforce(parts.model, {
    isConsoleMode: () => parts.isConsoleMode(),
    openTab: (url) => parts.tabs.open(url),
    changed: () => parts.render(),
    scheduler: parts.scheduler,
  });
  const toolkitCalls = countToolkitCalls(sforce);
  const host: ConsoleSimulatorHost & { control: ConsoleSimulatorControl } = {
    sforce,
    statuses: () => parts.config().statuses,
    workDetails: workDetailsOf(parts.model),
    registerBridge: (controls) => {
      bridge = controls;
      bridgeLoads += 1;
    },
    control,
  };
  (window as unknown as Record<string, unknown>)[SIMULATOR_GLOBAL] = host;
  const lightningOnly = (name: string) => () => {
    throw new Error(`${name} is Lightning's: open the console at /?console=lightning.`);
  };
  return {
    kind: 'classic',
    dcUrl: (url) => openCtiAdapterUrl(url, 'classic', location.origin),
    fire: (events) => sforce.fire(events),
    failNext: (method, times) => sforce.failNext(method, times),
    killBridge: () => bridge?.kill(),
    reloadBridge: () => bridge?.reload(),
    bridgeLoads: () => bridgeLoads,
    toolkitCalls: () => structuredClone(toolkitCalls),
    lightning: Object.fromEntries(
      (
        ['failNextPublish', 'messageService', 'setStatusReasons', 'setStatusListIdLength', 'connectionError'] as const
      ).map((name) => [name, lightningOnly(name)]),
    ) as unknown as LightningOnlyControl,
  };
}

/**
 * Counts every toolkit call a bridge makes and how it was answered, so that fixtures and the
 * benchmarks can check that each change made exactly one call and that every call succeeded.
 * The callback is the method's last parameter; a call made without one is still answered.
 */
function countToolkitCalls(target: SimulatedSforce): Record<string, ToolkitCallCount> {
  const counts: Record<string, ToolkitCallCount> = {};
  const wrap = (owner: object, method: string) => {
    const fn = (owner as Record<string, unknown>)[method] as (...args: unknown[]) => unknown;
    const count = (counts[method] = { calls: 0, succeeded: 0, failed: 0 });
    (owner as Record<string, unknown>)[method] = (...args: unknown[]) => {
      count.calls += 1;
      const at = fn.length - 1;
      const callback = args[at] as ((r: { success: boolean }) => void) | undefined;
      args[at] = (r: { success: boolean }) => {
        if (r.success) count.succeeded += 1;
        else count.failed += 1;
        callback?.(r);
      };
      return fn(...args);
    };
  };
  for (const method of Object.keys(target.console.presence)) wrap(target.console.presence, method);
  wrap(target.console, 'openPrimaryTab');
  return counts;
}
