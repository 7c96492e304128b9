/**
 * The offline checks that go beyond one file: Apex read by the Apex grammar, the Lightning console
 * app's references, Salesforce's rule that a background item cannot use the message service, and
 * every element against Salesforce's own metadata types. Each breakage below is one a deploy (or
 * the console, silently) would reject; each must fail `npm run org:build`.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { checkSourceProject } from './package-check';
import { checkProject } from './project-check';

let main: string;
let project: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'dc-omni-org-checks-'));
  for (const part of ['force-app', 'omni-sample', 'config', 'sfdx-project.json'])
    cpSync(resolve(__dirname, '..', part), join(project, part), {
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
const problems = () => checkSourceProject(main);

describe('offline checks of the org package', () => {
  test('as committed, nothing is found', () => assert.deepEqual(problems(), []));

  test("a bad element name and a bad enumeration value are named from Salesforce's type definitions", () => {
    edit('applications/DcOmniConsole.app-meta.xml', (xml) =>
      xml
        .replace('<navType>Console</navType>', '<navType>Consoles</navType>')
        .replace('<uiType>', '<title>x</title>\n    <uiType>'),
    );
    assert.deepEqual(problems(), [
      'applications/DcOmniConsole.app-meta.xml: Consoles is not a NavType (CustomApplication/navType); one of Standard, Console',
      'applications/DcOmniConsole.app-meta.xml: <title> is not a field of CustomApplication (CustomApplication/title)',
    ]);
  });

  test('a nested element, a boolean and an API version are checked too', () => {
    edit('flexipages/DcOmniConsole_UtilityBar.flexipage-meta.xml', (xml) =>
      xml.replace('<type>decorator</type>', '<kind>decorator</kind>'),
    );
    edit('messageChannels/dcOmniBridge.messageChannel-meta.xml', (xml) =>
      xml.replace(/<isExposed>true<\/isExposed>/, '<isExposed>yes</isExposed>'),
    );
    edit('classes/DcOmniPresenceStatuses.cls-meta.xml', (xml) =>
      xml.replace(/<apiVersion>[\d.]+<\/apiVersion>/, '<apiVersion>46.0</apiVersion>'),
    );
    assert.deepEqual(problems(), [
      "classes/DcOmniPresenceStatuses.cls-meta.xml: apiVersion 46.0 must be between 47.0 (Open CTI's message service) and the project's sourceApiVersion 62.0",
      'flexipages/DcOmniConsole_UtilityBar.flexipage-meta.xml: <kind> is not a field of ComponentInstanceProperty (FlexiPage/flexiPageRegions/itemInstances/componentInstance/componentInstanceProperties/kind)',
      'messageChannels/dcOmniBridge.messageChannel-meta.xml: yes is not true or false (LightningMessageChannel/isExposed)',
    ]);
  });

  test('broken references between the app, its utility bar and the relay are named', () => {
    edit('flexipages/DcOmniConsole_UtilityBar.flexipage-meta.xml', (xml) =>
      xml.replace('c:dcOmniRelay', 'c:dcOmniRelais'),
    );
    edit('applications/DcOmniConsole.app-meta.xml', (xml) =>
      xml.replace('<utilityBar>DcOmniConsole_UtilityBar</utilityBar>', '<utilityBar>DcOmni_UtilityBar</utilityBar>'),
    );
    assert.deepEqual(problems(), [
      'applications/DcOmniConsole.app-meta.xml: utility bar DcOmni_UtilityBar is not in the project',
      'flexipages/DcOmniConsole_UtilityBar.flexipage-meta.xml: component c:dcOmniRelais is not in the project',
    ]);
  });

  test('a component file without content is named', () => {
    edit('aura/dcOmniRelay/dcOmniRelayHelper.js', () => '\n');
    assert.deepEqual(problems(), ['aura/dcOmniRelay/dcOmniRelayHelper.js: the file is empty']);
  });

  test('a relay built as a background item with a message channel is refused', () => {
    edit('aura/dcOmniRelay/dcOmniRelay.cmp', (cmp) =>
      cmp.replace('implements="lightning:utilityItem"', 'implements="lightning:backgroundUtilityItem"'),
    );
    const [problem, ...rest] = problems();
    assert.match(
      problem,
      /^aura\/dcOmniRelay\/dcOmniRelay\.cmp: a background utility item cannot use lightning:messageChannel/,
    );
    assert.deepEqual(rest, []);
  });

  test('Apex that does not parse, and a test that asserts nothing, are named', () => {
    edit('classes/DcOmniPresenceStatuses.cls', (cls) =>
      cls.replace('return statusesFor(UserInfo.getUserId());', 'return statusesFor(;'),
    );
    edit('classes/DcOmniPresenceStatusesTest.cls', (cls) =>
      cls
        .replace(/Assert\.areEqual\(0, DcOmniPresenceStatuses\.allowedDcOrigins\(null\)\.size\(\)\);/, '')
        .replace(/Assert\.areEqual\(\s*new List<String>[\s\S]*?origins\s*\);/, ''),
    );
    const found = problems();
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0], /^classes\/DcOmniPresenceStatuses\.cls: Apex syntax error at line \d+:\d+/);
    assert.equal(
      found[1],
      'classes/DcOmniPresenceStatusesTest.cls: test originsAreSplitOnSpacesCommasAndLines asserts nothing',
    );
  });

  test('the sample Omni-Channel set-up, sfdx-project.json and the scratch definition are checked across packages', () => {
    assert.deepEqual(checkProject(project), []);
    const sample = join(project, 'omni-sample/main/default');
    const status = join(sample, 'servicePresenceStatuses/Available.servicePresenceStatus-meta.xml');
    writeFileSync(status, readFileSync(status, 'utf8').replace('DcOmniCases', 'DcOmniChats'));
    const scratch = join(project, 'config/project-scratch-def.json');
    writeFileSync(scratch, readFileSync(scratch, 'utf8').replace('"ServiceCloud"', '"ServiceClouds"'));
    assert.deepEqual(checkProject(project), [
      'omni-sample/main/default/servicePresenceStatuses/Available.servicePresenceStatus-meta.xml: service channel DcOmniChats is not in the project',
      'config/project-scratch-def.json: /features/0 must match a schema in anyOf: "ServiceClouds"',
    ]);
  });
});
