/**
 * The simulated Salesforce console: frames Desktop Connect in its softphone area (as Open CTI
 * does), offers a Classic-shaped toolkit to the bridge page, and shows Omni-Channel's own widget,
 * a routing panel and console tabs. Wiring only; the logic is in model/.
 */
import type { ConsoleSimulatorHost } from '../../omni-mfe/bridge/adapters/simulator';
import { SIMULATOR_GLOBAL } from '../../omni-mfe/bridge/adapters/simulator';
import type { ConsoleSimulatorControl, ToolkitCallCount } from './control-api';
import { OmniModel } from './model/omni-model';
import { DEFAULT_ORG, type OrgConfig } from './model/org-config';
import { ConsoleTabs } from './page/console-tabs';
import { chooseDcUrl } from './page/dc-url';
import { OmniWidget } from './page/omni-widget';
import { RoutingPanel } from './page/routing-panel';
import { SimulatedSforce } from './simulated-sforce';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
}

const config: Mutable<OrgConfig> = { ...DEFAULT_ORG };
const model = new OmniModel(config, () => Date.now());
let consoleMode = true;
let bridge: { kill(): void; reload(): void } | null = null;
let bridgeLoads = 0;

const tabs = new ConsoleTabs(byId('console-tabs'));
const sforce = new SimulatedSforce(model, {
  isConsoleMode: () => consoleMode,
  openTab: (url) => tabs.open(url),
  changed: () => render(),
});
const toolkitCalls = countToolkitCalls(sforce);
const widget = new OmniWidget(byId('omni-widget'), model, (statusId) => setStatusId(statusId));
const panel = new RoutingPanel(byId('routing-panel'), model, {
  route: (input) => control.route(input),
  setConsoleMode: (on) => control.setConsoleMode(on),
  reloadBridge: () => control.reloadBridge(),
  killBridge: () => control.killBridge(),
});

/** Redraws the widget and the panel once per frame at most: a burst of changes is one redraw. */
let redraw = 0;
function render(): void {
  if (redraw) return;
  redraw = requestAnimationFrame(() => {
    redraw = 0;
    widget.render();
    panel.render();
  });
}

function setStatusId(statusId: string | null): void {
  sforce.fire(statusId ? model.setStatus(statusId) : model.logout());
  render();
}

const control: ConsoleSimulatorControl = {
  route: (input) => {
    const { workItemId, events } = model.route({
      subject: `${input.type} ${Date.now() % 100000}`,
      priority: 1,
      capacityWeight: 2,
      ...input,
    });
    sforce.fire(events);
    render();
    return workItemId;
  },
  setStatus: (apiName) => {
    if (apiName === 'Offline') return setStatusId(null);
    const status = config.statuses.find((s) => s.statusApiName === apiName);
    if (!status)
      throw new Error(
        `No status "${apiName}"; known: Offline, ${config.statuses.map((s) => s.statusApiName).join(', ')}`,
      );
    setStatusId(status.statusId);
  },
  failNext: (method, times = 1) => sforce.failNext(method, times),
  killBridge: () => bridge?.kill(),
  reloadBridge: () => bridge?.reload(),
  setConsoleMode: (on) => {
    consoleMode = on;
    panel.setConsoleMode(on);
    // Switching between console and standard apps reloads the page's components.
    bridge?.reload();
  },
  setPushTimeout: (ms) => (config.pushTimeoutMs = ms),
  setStatusName: (apiName, name) => {
    config.statuses = config.statuses.map((s) => (s.statusApiName === apiName ? { ...s, statusName: name } : s));
    widget.rebuild();
  },
  agentWork: () => model.agentWork.map((w) => ({ ...w })),
  presence: () => model.status?.statusApiName ?? 'Offline',
  openTabs: () => tabs.recordIds,
  bridgeLoads: () => bridgeLoads,
  toolkitCalls: () => structuredClone(toolkitCalls),
};

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

const host: ConsoleSimulatorHost & { control: ConsoleSimulatorControl } = {
  sforce,
  statuses: () => config.statuses,
  workDetails: (workItemId) => {
    const work = [...model.agentWork].reverse().find((w) => w.workItemId === workItemId);
    return work
      ? {
          type: work.type,
          label: work.subject,
          priority: work.priority,
          capacityWeight: work.capacityWeight,
          assignedAt: work.assignedAt,
          pushDeadline: work.pushDeadline,
          status: work.status,
        }
      : {};
  },
  registerBridge: (controls) => {
    bridge = controls;
    bridgeLoads += 1;
  },
  control,
};
(window as unknown as Record<string, unknown>)[SIMULATOR_GLOBAL] = host;

// Push timeouts run on the console's clock, as in Salesforce.
setInterval(() => {
  const events = model.tick();
  if (events.length) {
    sforce.fire(events);
    render();
  }
}, 250);

const softphone = byId('softphone') as HTMLIFrameElement;
const dcOrigins = (softphone.dataset['dcOrigins'] ?? '').split(' ').filter(Boolean);
const dcChoice = chooseDcUrl(
  new URLSearchParams(location.search).get('dc'),
  softphone.dataset['dcUrl'] ?? '',
  dcOrigins,
);
if ('url' in dcChoice) softphone.src = dcChoice.url;
else {
  softphone.hidden = true;
  const refused = byId('softphone-refused');
  refused.textContent = dcChoice.refused;
  refused.hidden = false;
}
