/**
 * The org package check: the committed project passes and converts into a package with every
 * component both consoles need; each kind of breakage is named. Runs on a copy of the project
 * with stand-in static resources, so no webpack build is needed.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { convertProject, missingTypes, REQUIRED_TYPES } from './convert-package';
import { checkSourceProject } from './package-check';
import { buildStaticResources } from './static-resources';

const source = resolve(__dirname, '..');
let project: string;
let main: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'dc-omni-org-'));
  cpSync(join(source, 'sfdx-project.json'), join(project, 'sfdx-project.json'));
  cpSync(join(source, 'force-app'), join(project, 'force-app'), {
    recursive: true,
    filter: (p) => !p.endsWith('.js') || !p.includes('staticresources'),
  });
  main = join(project, 'force-app/main/default');
  for (const name of ['dcOmniBridge', 'dcOmniRelay'])
    writeFileSync(join(main, `staticresources/${name}.js`), '"use strict";');
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const edit = (path: string, change: (text: string) => string) =>
  writeFileSync(join(main, path), change(readFileSync(join(main, path), 'utf8')));
const remove = (path: string) => rmSync(join(main, path), { recursive: true });
const problems = () => checkSourceProject(main);

describe('the org package', () => {
  test('as committed, it passes and converts into a package with every component the consoles need', async () => {
    assert.deepEqual(problems(), []);
    const types = await convertProject(project, join(project, 'out'));
    assert.deepEqual(missingTypes(types), []);
    assert.deepEqual(types.get('AuraDefinitionBundle'), ['dcOmniRelay']);
    assert.deepEqual(types.get('LightningMessageChannel'), ['dcOmniBridge']);
    assert.deepEqual(types.get('ApexPage'), ['dcOmniBridge']);
    assert.deepEqual(types.get('StaticResource'), ['dcOmniBridge', 'dcOmniRelay']);
    assert.deepEqual(types.get('CallCenter'), ['DesktopConnect']);
    assert.equal(types.get('CspTrustedSite')?.length, 2);
  });

  test('a package without a required type is refused, naming the type', async () => {
    remove('callCenters');
    remove('cspTrustedSites');
    const missing = missingTypes(await convertProject(project, join(project, 'out')));
    assert.equal(missing.length, 2);
    assert.match(missing[0], /no CspTrustedSite/);
    assert.match(missing[1], /no CallCenter/);
    assert.ok(REQUIRED_TYPES.includes('CallCenter'));
  });

  test('a message channel the relay subscribes to but the project lacks is named', () => {
    remove('messageChannels/dcOmniBridge.messageChannel-meta.xml');
    assert.deepEqual(problems(), [
      'aura/dcOmniRelay/dcOmniRelay.cmp: message channel dcOmniBridge__c is not in the project',
    ]);
  });

  test('an unbuilt static resource is named where it is declared and where it is used', () => {
    remove('staticresources/dcOmniRelay.js');
    assert.deepEqual(problems(), [
      "staticresources/dcOmniRelay.resource-meta.xml: the resource's content is missing (npm run org:build builds it)",
      'aura/dcOmniRelay/dcOmniRelay.cmp: static resource dcOmniRelay is not in the project',
    ]);
  });

  test('a class or page without its -meta.xml is named', () => {
    remove('classes/DcOmniPresenceStatuses.cls-meta.xml');
    remove('pages/dcOmniBridge.page-meta.xml');
    assert.deepEqual(problems(), [
      'classes/DcOmniPresenceStatuses.cls: classes/DcOmniPresenceStatuses.cls-meta.xml is missing',
      'pages/dcOmniBridge.page: pages/dcOmniBridge.page-meta.xml is missing',
    ]);
  });

  test("a metadata field out of the Metadata API's order is named", () => {
    edit('permissionsets/DcOmniChannelForDesktopConnect.permissionset-meta.xml', (xml) =>
      xml
        .replace('    <hasActivationRequired>false</hasActivationRequired>\n', '')
        .replace('</PermissionSet>', '    <hasActivationRequired>false</hasActivationRequired>\n</PermissionSet>'),
    );
    assert.deepEqual(problems(), [
      'permissionsets/DcOmniChannelForDesktopConnect.permissionset-meta.xml: <hasActivationRequired> must come before <pageAccesses> (the Metadata API reads fields in alphabetical order)',
    ]);
  });

  test('malformed XML is named with its line', () => {
    edit('callCenters/DesktopConnect.callCenter-meta.xml', (xml) => xml.replace('</displayName>', '</display>'));
    const [problem, ...rest] = problems();
    assert.match(problem, /^callCenters\/DesktopConnect\.callCenter-meta\.xml: malformed XML at line \d+/);
    assert.deepEqual(rest, []);
  });

  test('an Apex controller, its @AuraEnabled method and the Aura actions must all resolve', () => {
    edit('classes/DcOmniPresenceStatuses.cls', (cls) => cls.replace('@AuraEnabled(cacheable=true)', ''));
    edit('aura/dcOmniRelay/dcOmniRelay.cmp', (cmp) => cmp.replace('{!c.onWorkClosed}', '{!c.onWorkFinished}'));
    assert.deepEqual(problems(), [
      'aura/dcOmniRelay/dcOmniRelay.cmp: controller action onWorkFinished is not in aura/dcOmniRelay/dcOmniRelayController.js',
      'aura/dcOmniRelay/dcOmniRelay: server action c.statuses is not an @AuraEnabled static method of DcOmniPresenceStatuses',
    ]);
  });

  test("the page's controller and the permission set's entries must exist", () => {
    edit('pages/dcOmniBridge.page', (page) =>
      page.replace('controller="DcOmniPresenceStatuses"', 'controller="DcOmniStatuses"'),
    );
    edit('permissionsets/DcOmniChannelForDesktopConnect.permissionset-meta.xml', (xml) =>
      xml.replace('<apexPage>dcOmniBridge</apexPage>', '<apexPage>dcOmniBridgePage</apexPage>'),
    );
    assert.deepEqual(problems(), [
      'pages/dcOmniBridge.page: Apex class DcOmniStatuses is not in the project',
      'permissionsets/DcOmniChannelForDesktopConnect.permissionset-meta.xml: Visualforce page dcOmniBridgePage is not in the project',
    ]);
  });

  test('a call center that Lightning would refuse or that disagrees with itself is named', () => {
    edit('callCenters/DesktopConnect.callCenter-meta.xml', (xml) =>
      xml
        .replace('<value>https://dc.example.com/</value>', '<value>http://dc.example.com/</value>')
        .replace('<value>Classic_and_Lightning</value>', '<value>Classic</value>')
        .replace('<value>600</value>', '<value>tall</value>'),
    );
    assert.deepEqual(problems(), [
      'callCenters/DesktopConnect.callCenter-meta.xml: reqAdapterUrl http://dc.example.com/ must be an https URL (Lightning requires it)',
      'callCenters/DesktopConnect.callCenter-meta.xml: adapterUrl https://dc.example.com/ differs from reqAdapterUrl http://dc.example.com/',
      'callCenters/DesktopConnect.callCenter-meta.xml: reqSalesforceCompatibilityMode Classic leaves Lightning out; use Classic_and_Lightning',
      'callCenters/DesktopConnect.callCenter-meta.xml: reqSoftphoneHeight tall must be a size in pixels',
      'callCenters/DesktopConnect.callCenter-meta.xml: customSettings reqAdapterUrl is https://dc.example.com/, the section says http://dc.example.com/',
      'callCenters/DesktopConnect.callCenter-meta.xml: customSettings reqSoftphoneHeight is 600, the section says tall',
      'callCenters/DesktopConnect.callCenter-meta.xml: customSettings reqSalesforceCompatibilityMode is Classic_and_Lightning, the section says Classic',
    ]);
  });

  test('the bridge page carries its configuration as data and loads the toolkit before the bridge', () => {
    const page = readFileSync(join(main, 'pages/dcOmniBridge.page'), 'utf8');
    const config = page.indexOf(
      '<script type="application/json" id="dc-omni-bridge-config"><apex:outputText value="{!bridgeConfigJson}" escape="false"/></script>',
    );
    const toolkit = page.indexOf('<script src="/support/console/62.0/integration.js"></script>');
    const bridge = page.indexOf('<script src="{!$Resource.dcOmniBridge}"></script>');
    assert.ok(config > 0 && toolkit > config && bridge > toolkit, 'config, then integration.js, then the bridge');
    assert.match(
      readFileSync(join(main, 'classes/DcOmniPresenceStatuses.cls'), 'utf8'),
      /'adapter' => 'salesforce-classic'/,
    );
  });

  test('the org build refuses a static resource whose source is missing, naming both', async () => {
    await assert.rejects(
      buildStaticResources(join(project, 'built'), [
        { name: 'dcOmniRelay', entry: 'omni-mfe/console-side/relay/no-such-file.ts' },
      ]),
      {
        message: 'static resource dcOmniRelay: its source omni-mfe/console-side/relay/no-such-file.ts is missing',
      },
    );
  });
});
