/**
 * The simulated Salesforce console: frames Desktop Connect in its softphone area (as Open CTI
 * does) and shows Omni-Channel's own widget, a routing panel and console tabs, over one simulated
 * org. `/` is the Classic console (a Classic toolkit for the bridge page), `/?console=lightning`
 * the Lightning console (Lightning's toolkit, the message service and the relay). Wiring only:
 * the org is in model/, each console in classic-console.ts and lightning/lightning-console.ts.
 */
import { LOGOUT_REASONS } from '@shared/protocol/events.schema';
import { classicConsole } from './classic-console';
import type { ConsoleFlavour, ConsoleParts } from './console-flavour';
import type { ConsoleSimulatorControl } from './control-api';
import { lightningConsole } from './lightning/lightning-console';
import { OmniModel } from './model/omni-model';
import { DEFAULT_ORG, type OrgConfig } from './model/org-config';
import { ConsoleTabs } from './page/console-tabs';
import { consoleKindOf, otherConsoleLink } from './page/console-switch';
import { chooseDcUrl } from './page/dc-url';
import { OmniWidget } from './page/omni-widget';
import { RoutingPanel } from './page/routing-panel';
import { SupervisorFlags } from './page/supervisor-flags';
import { orgControl } from './org-controls';
import { DeliveryScheduler } from './timing/delivery-scheduler';
import { timingControl } from './timing/timing-badge';
import { timingOfQuery, timingText } from './timing/timing-query';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
}

const kind = consoleKindOf(location.search);
const config: Mutable<OrgConfig> = { ...DEFAULT_ORG };
const model = new OmniModel(config, () => Date.now());
let consoleMode = true;

const softphone = byId('softphone') as HTMLIFrameElement;
// ?timing=adverse[&seed=N]: both consoles' answers and events as a loaded org's (timing/).
const timing = timingOfQuery(location.search);
if (timing.fresh) console.info(timingText(timing));
const scheduler = new DeliveryScheduler(timing);
const parts: ConsoleParts = {
  model,
  config: () => config,
  tabs: new ConsoleTabs(byId('console-tabs')),
  softphone,
  dcOrigins: (softphone.dataset['dcOrigins'] ?? '').split(' ').filter(Boolean),
  scheduler,
  isConsoleMode: () => consoleMode,
  render: () => render(),
};
const widget = new OmniWidget(byId('omni-widget'), model, (statusId) => setStatusId(statusId, 'agent'));
const panel = new RoutingPanel(byId('routing-panel'), model, {
  route: (input) => control.route(input),
  setConsoleMode: (on) => control.setConsoleMode(on),
  reloadBridge: () => control.reloadBridge(),
  killBridge: () => control.killBridge(),
});

/** Lightning's supervisor view of raised flags (set up once the console is). */
let supervisor: SupervisorFlags | null = null;

/** Redraws the widget and the panel once per frame at most: a burst of changes is one redraw. */
let redraw = 0;
function render(): void {
  if (redraw) return;
  redraw = requestAnimationFrame(() => {
    redraw = 0;
    widget.render();
    panel.render();
    supervisor?.render();
  });
}

function setStatusId(statusId: string | null, by: 'agent' | 'supervisor'): void {
  console_.fire(statusId ? model.setStatus(statusId) : model.logout(), by);
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
    console_.fire(events, 'agent');
    render();
    return workItemId;
  },
  setStatus: (apiName, by = 'agent') => {
    if (apiName === 'Offline') return setStatusId(null, by);
    const status = config.statuses.find((s) => s.statusApiName === apiName);
    if (!status)
      throw new Error(
        `No status "${apiName}"; known: Offline, ${config.statuses.map((s) => s.statusApiName).join(', ')}`,
      );
    setStatusId(status.statusId, by);
  },
  logOut: (reason) => {
    if (reason !== undefined && !LOGOUT_REASONS.includes(reason))
      throw new Error(`No logout reason "${String(reason)}"; known: ${LOGOUT_REASONS.join(', ')}`);
    console_.fire(model.logout(), 'agent', reason);
    render();
  },
  failNext: (method, times = 1, as) => console_.failNext(method, times, as),
  killBridge: () => console_.killBridge(),
  reloadBridge: () => console_.reloadBridge(),
  setConsoleMode: (on) => {
    consoleMode = on;
    panel.setConsoleMode(on);
    // Switching between console and standard apps reloads the page's components.
    console_.reloadBridge();
  },
  setPushTimeout: (ms) => (config.pushTimeoutMs = ms),
  setStatusName: (apiName, name) => {
    config.statuses = config.statuses.map((s) => (s.statusApiName === apiName ? { ...s, statusName: name } : s));
    widget.rebuild();
  },
  agentWork: () => model.agentWork.map((w) => ({ ...w })),
  presence: () => model.status?.statusApiName ?? 'Offline',
  openTabs: () => parts.tabs.recordIds,
  bridgeLoads: () => console_.bridgeLoads(),
  toolkitCalls: () => console_.toolkitCalls(),
  consoleKind: () => kind,
  failNextPublish: (times, error) => console_.lightning.failNextPublish(times, error),
  messageService: () => console_.lightning.messageService(),
  setStatusReasons: (on) => console_.lightning.setStatusReasons(on),
  setStatusListIdLength: (length) => console_.lightning.setStatusListIdLength(length),
  connectionError: (error, thenLogOut) => console_.lightning.connectionError(error, thenLogOut),
  ...timingControl(scheduler, document.querySelector('header') ?? document.body),
  ...orgControl(parts, config, () => console_),
};

// `console_`: the simulated console (the global `console` is the browser's).
const console_: ConsoleFlavour =
  kind === 'lightning' ? lightningConsole(parts, control, byId('relay-utility')) : classicConsole(parts, control);

if (kind === 'lightning')
  supervisor = new SupervisorFlags(byId('routing-panel').parentElement!, control.flags, control.lowerFlag);

// Push timeouts run on the console's clock, as in Salesforce.
setInterval(() => {
  const events = model.tick();
  if (events.length) {
    console_.fire(events, 'push-timeout');
    render();
  }
}, 250);

const link = otherConsoleLink(kind, location.search);
const switchLink = byId('console-switch') as HTMLAnchorElement;
switchLink.textContent = link.text;
switchLink.href = link.href;
document.body.dataset['console'] = kind;
if (kind === 'lightning') byId('console-title').textContent = 'Service Console (Lightning Experience)';

const dcChoice = chooseDcUrl(
  new URLSearchParams(location.search).get('dc'),
  softphone.dataset['dcUrl'] ?? '',
  parts.dcOrigins,
);
if ('url' in dcChoice) softphone.src = console_.dcUrl(dcChoice.url);
else {
  softphone.hidden = true;
  const refused = byId('softphone-refused');
  refused.textContent = dcChoice.refused;
  refused.hidden = false;
}
