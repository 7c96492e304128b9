/**
 * The relay's Aura shell under Salesforce's rules: Lightning Message Service only after the first
 * render and never in a background item; every entry from a Promise through $A.getCallback.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildStaticResources } from './static-resources';
import { bundleDir, lms, salesforce as fakeSalesforce, settle, STATUSES } from './testing/aura-relay-harness';

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
