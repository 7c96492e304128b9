/**
 * The Aura shell (dcOmniRelay's controller and helper) driving the real relay bundle, as Salesforce
 * would: the shell's code and the built static resource run together in a sandbox with a fake
 * component, toolkit, workspace, message channel and Apex action. Salesforce cannot be reached
 * from here; this checks that the shell speaks the relay's API (omni-mfe/bridge/relay/relay-main.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { runInContext, createContext, type Context } from 'node:vm';
import { buildStaticResources } from './static-resources';

const bundleDir = resolve(__dirname, '../force-app/main/default/aura/dcOmniRelay');
let relayScript: string;
let outDir: string;

before(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'dc-omni-relay-'));
  const [built] = await buildStaticResources(outDir, [
    { name: 'dcOmniRelay', entry: 'omni-mfe/bridge/relay/relay-main.ts' },
  ]);
  relayScript = readFileSync(built, 'utf8');
});
after(() => rmSync(outDir, { recursive: true, force: true }));

type Fn = (...args: unknown[]) => unknown;
/** The controller actions the tests call (the component's handlers name them). */
interface RelayController {
  onRender: Fn;
  onScriptLoaded: Fn;
  stop: Fn;
  onMessage: Fn;
  onWorkAssigned: Fn;
}
const STATUSES = [
  {
    statusId: '0N5000000000001',
    statusName: 'Available',
    statusApiName: 'Available',
    channels: [{ channelId: '0N9000000000001', developerName: 'Cases' }],
  },
];

/**
 * The fake follows Salesforce's rules, so a shell that breaks them fails here: the message channel
 * refuses to publish before the component has rendered (LMS serves rendered components only, never
 * from init), and work entered from outside Aura's cycle without $A.getCallback is recorded.
 */
function salesforce() {
  const life = { rendered: false, depth: 0, outsideCycle: [] as string[] };
  const inCycle =
    (fn: Fn): Fn =>
    (...args) => {
      life.depth += 1;
      try {
        return fn(...args);
      } finally {
        life.depth -= 1;
      }
    };
  const mustBeInCycle = (what: string) => {
    if (life.depth === 0) life.outsideCycle.push(what);
  };
  const published: {
    to: string;
    session: string | null;
    envelope: { kind: string; id?: string; payload: Record<string, unknown> };
  }[] = [];
  const toolkit = Object.fromEntries(
    [
      'setServicePresenceStatus',
      'getServicePresenceStatusId',
      'getServicePresenceStatusChannels',
      'getAgentWorks',
      'getAgentWorkload',
      'acceptAgentWork',
      'declineAgentWork',
      'closeAgentWork',
      'logout',
    ].map((m) => [m, () => (mustBeInCycle(`omniToolkitAPI.${m}`), Promise.resolve({}))]),
  );
  const children: Record<string, unknown> = {
    omniToolkit: toolkit,
    workspace: { isConsoleNavigation: () => Promise.resolve(true), openTab: () => Promise.resolve('tab1') },
    bridgeChannel: {
      publish: (message: (typeof published)[number]) => {
        if (!life.rendered) throw new Error('lightning:messageChannel: the component has not rendered yet');
        mustBeInCycle('lightning:messageChannel.publish');
        published.push(JSON.parse(JSON.stringify(message)));
      },
    },
  };
  const attributes = new Map<string, unknown>([['v.pending', []]]);
  const cmp = {
    isValid: () => true,
    find: (id: string) => children[id],
    set: (key: string, value: unknown) => attributes.set(key, value),
    get: (key: string) => {
      if (key !== 'c.statuses') return attributes.get(key);
      let callback: Fn = () => undefined;
      return {
        setStorable: () => undefined,
        setCallback: (_scope: unknown, cb: Fn) => (callback = cb),
        run: () => callback({ getState: () => 'SUCCESS', getReturnValue: () => STATUSES, getError: () => [] }),
      };
    },
  };
  const sandbox: Context = createContext({
    window: {},
    console,
    setTimeout,
    clearTimeout,
    $A: {
      getCallback: inCycle,
      enqueueAction: (action: { run(): void }) => (mustBeInCycle('$A.enqueueAction'), action.run()),
    },
  });
  runInContext(relayScript, sandbox);
  const load = (file: string): unknown =>
    runInContext(`(${readFileSync(join(bundleDir, file), 'utf8').trim().replace(/;$/, '')})`, sandbox);
  const actions = load('dcOmniRelayController.js') as RelayController;
  // Aura runs every controller action inside its own cycle; render marks the component rendered.
  const controller = Object.fromEntries(
    Object.entries(actions).map(([name, fn]) => [
      name,
      inCycle((...args: unknown[]) => {
        if (name === 'onRender') life.rendered = true;
        return fn(...args);
      }),
    ]),
  ) as unknown as RelayController;
  return { cmp, published, life, controller, helper: load('dcOmniRelayHelper.js') };
}

const settle = () => new Promise((done) => setTimeout(done, 20));
const lms = (session: string, envelope: object) => ({
  getParams: () => ({ proto: 'dc-omni-lms', to: 'relay', session, envelope }),
});

test('the Aura shell starts the relay, hands it what arrived before the script loaded, and relays requests to Apex', async () => {
  const { cmp, published, controller, helper } = salesforce();
  controller.onMessage(
    cmp,
    lms('s1', { proto: 'dc-omni-bridge', v: 1, kind: 'welcome', type: 'welcome', payload: {} }),
    helper,
  );
  controller.onScriptLoaded(cmp, null, helper);
  await settle();
  assert.equal(published.length, 0, 'nothing before the component has rendered');

  controller.onRender(cmp, null, helper);
  await settle();
  const hellos = published.filter((m) => m.envelope.kind === 'hello');
  assert.deepEqual(
    hellos.map((m) => [m.to, m.session, m.envelope.payload]),
    [
      ['softphone', null, { adapter: 'salesforce-lightning', consoleMode: true }],
      ['softphone', 's1', { adapter: 'salesforce-lightning', consoleMode: true }],
    ],
  );

  controller.onMessage(
    cmp,
    lms('s1', { proto: 'dc-omni-bridge', v: 1, kind: 'request', id: 'r1', type: 'getStatuses', payload: {} }),
    helper,
  );
  await settle();
  const response = published.find((m) => m.envelope.kind === 'response' && m.envelope.id === 'r1');
  assert.deepEqual(response?.envelope.payload, { ok: true, result: { statuses: STATUSES } });

  controller.stop(cmp, null, helper);
  const count = published.length;
  controller.onMessage(
    cmp,
    lms('s1', { proto: 'dc-omni-bridge', v: 1, kind: 'ping', id: 'p1', type: 'ping', payload: {} }),
    helper,
  );
  await settle();
  assert.equal(published.length, count, 'a destroyed relay item answers nothing');
});

test('the Omni-Channel events reach the relay under the names its API expects', async () => {
  const { cmp, published, controller, helper } = salesforce();
  controller.onRender(cmp, null, helper);
  controller.onScriptLoaded(cmp, null, helper);
  controller.onMessage(
    cmp,
    lms('s2', { proto: 'dc-omni-bridge', v: 1, kind: 'welcome', type: 'welcome', payload: {} }),
    helper,
  );
  await settle();
  controller.onWorkAssigned(
    cmp,
    { getParams: () => ({ workItemId: '500000000000001', workId: '0Bz000000000001' }) },
    helper,
  );
  await settle();
  const events = published.filter((m) => m.envelope.kind === 'event' && m.session === 's2');
  assert.equal(events.length, 1, JSON.stringify(published));
  assert.equal((events[0].envelope as unknown as { type: string }).type, 'workAssigned');
});

test('the shell enters Aura through $A.getCallback whenever the relay calls it from a Promise', async () => {
  const { cmp, life, controller, helper } = salesforce();
  controller.onRender(cmp, null, helper);
  controller.onScriptLoaded(cmp, null, helper);
  controller.onMessage(
    cmp,
    lms('s3', { proto: 'dc-omni-bridge', v: 1, kind: 'welcome', type: 'welcome', payload: {} }),
    helper,
  );
  await settle();
  for (const [id, type] of [
    ['r1', 'getStatuses'],
    ['r2', 'getPresence'],
    ['r3', 'setPresence'],
  ])
    controller.onMessage(
      cmp,
      lms('s3', {
        proto: 'dc-omni-bridge',
        v: 1,
        kind: 'request',
        id,
        type,
        payload: type === 'setPresence' ? { statusId: STATUSES[0].statusId } : {},
      }),
      helper,
    );
  await settle();
  assert.deepEqual(life.outsideCycle, []);
  assert.equal(cmp.get('v.softphone'), 's3', 'the view names the softphone session it serves');
  assert.equal(cmp.get('v.lastMessage'), 'request setPresence');
});

test('the markup is a utility item that renders: no background item holds the message channel', () => {
  const markup = readFileSync(join(bundleDir, 'dcOmniRelay.cmp'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  assert.match(markup, /<lightning:messageChannel\b/);
  assert.doesNotMatch(markup, /lightning:backgroundUtilityItem/);
  assert.match(markup, /implements="[^"]*\blightning:utilityItem\b/);
  assert.match(markup, /<aura:handler name="render" value="\{!this\}" action="\{!c\.onRender\}"\/>/);
  assert.doesNotMatch(markup, /<aura:handler name="init"/, 'LMS cannot be used from init');
});
