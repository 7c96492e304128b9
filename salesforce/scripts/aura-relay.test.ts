/**
 * The Aura shell (dcOmniRelay's controller and helper) driving the real relay bundle, as Salesforce
 * would (testing/aura-relay-harness.ts). Salesforce cannot be reached from here; this checks that
 * the shell speaks the relay's API (omni-mfe/console-side/relay/relay-main.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildStaticResources } from './static-resources';
import { TOOLKIT_METHODS } from '../../omni-mfe/console-side/relay/toolkit-methods';
import { lms, salesforce as fakeSalesforce, settle, STATUSES } from './testing/aura-relay-harness';

let relayScript: string;
let outDir: string;

before(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'dc-omni-relay-'));
  const [built] = await buildStaticResources(outDir, [
    { name: 'dcOmniRelay', entry: 'omni-mfe/console-side/relay/relay-main.ts' },
  ]);
  relayScript = readFileSync(built, 'utf8');
});
after(() => rmSync(outDir, { recursive: true, force: true }));
const salesforce = () => fakeSalesforce(relayScript);

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

test("the Aura shell wraps exactly the toolkit methods the relay calls (its copy of the list cannot import the relay's)", () => {
  const { helper } = salesforce();
  assert.deepEqual([...(helper as { TOOLKIT_METHODS: string[] }).TOOLKIT_METHODS], [...TOOLKIT_METHODS]);
});
