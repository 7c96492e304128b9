/** npm run config:check: accepts the shipped demo configuration, names each problem in broken ones. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkDcConfig } from './config-problems';

const root = resolve(__dirname, '../..');
const demoManifest = resolve(root, 'shell/public/dc-manifest.json');
const demoLightningManifest = resolve(root, 'shell/public/dc-manifest.lightning.json');
let dir: string;

const GOOD_MANIFEST = {
  manifestVersion: 1,
  omniMfe: {
    remoteEntry: 'https://omni-mfe.example.com/en/remoteEntry.js',
    containerName: 'omniMfe',
    locales: { de: 'https://omni-mfe.example.com/de/remoteEntry.js' },
  },
  console: { origin: 'https://acme--c.vf.force.com', bridgeUrl: 'https://acme--c.vf.force.com/apex/dcOmniBridge' },
  omniMappingUrl: 'mapping.json',
  declineReasonsUrl: 'reasons.json',
};

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dc-config-'));
  write('mapping.json', { version: 1, dcToOmni: { ready: 'Available' }, omniToDc: { Available: 'ready' } });
  write('reasons.json', { codes: [{ id: 'Busy', label: 'Busy elsewhere' }] });
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('config:check', () => {
  test('accepts the shipped demo manifests (Classic and Lightning), their mapping and their decline reasons', async () => {
    assert.deepEqual(await checkDcConfig(demoManifest), []);
    assert.deepEqual(await checkDcConfig(demoLightningManifest), []);
  });

  test('names each language an agent can choose that the manifest has no omni-mfe build for', async () => {
    const path = write('no-locales.json', { ...GOOD_MANIFEST, omniMfe: { ...GOOD_MANIFEST.omniMfe, locales: {} } });
    assert.deepEqual(await checkDcConfig(path), [
      `${path}: the manifest names no omni-mfe build for the agent's language "de": add omniMfe.locales.de (its de/remoteEntry.js).`,
    ]);
  });

  test('checks the Lightning console entry: transport, Open CTI URL and version, channel name', async () => {
    const lightning = {
      transport: 'open-cti',
      origin: 'https://acme.lightning.force.com',
      openCtiUrl: 'https://acme.my.salesforce.com/support/api/62.0/lightning/opencti_min.js',
      channelName: 'dcOmniBridge__c',
    };
    assert.deepEqual(await checkDcConfig(write('l-good.json', { ...GOOD_MANIFEST, console: lightning })), []);
    const old = await checkDcConfig(
      write('l-old.json', {
        ...GOOD_MANIFEST,
        console: {
          ...lightning,
          openCtiUrl: 'https://acme.my.salesforce.com/support/api/46.0/lightning/opencti_min.js',
        },
      }),
    );
    assert.deepEqual(
      old.map((p) => p.replace(/^.*l-old\.json: /, '')),
      ['console.openCtiUrl names Open CTI API 46.0, but its message service needs 47.0 or later.'],
    );
    const bad = await checkDcConfig(
      write('l-bad.json', {
        ...GOOD_MANIFEST,
        console: { ...lightning, openCtiUrl: 'https://cdn.example.com/opencti.js', channelName: 'bridge' },
      }),
    );
    assert.equal(bad.length, 2, bad.join('\n'));
    assert.match(bad[0], /console\.channelName: must be a Lightning message channel API name ending in __c/);
    assert.match(bad[1], /console\.openCtiUrl must be the org's \/support\/api\/<version>\/lightning\/opencti_min\.js/);
    const unknown = await checkDcConfig(
      write('l-x.json', { ...GOOD_MANIFEST, console: { ...lightning, transport: 'sms' } }),
    );
    assert.match(unknown[0], /console\.transport: transport must be 'bridge-iframe' or 'open-cti'/);
  });

  test('names mapping entries with Not Ready reasons the shell does not offer', async () => {
    write('reason-mapping.json', { version: 1, dcToOmni: { 'not-ready:coffee': 'Busy' }, omniToDc: {} });
    const problems = await checkDcConfig(
      write('m-reasons.json', { ...GOOD_MANIFEST, omniMappingUrl: 'reason-mapping.json' }),
    );
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0],
      /dcToOmni\["not-ready:coffee"\]: "not-ready:coffee" names the Not Ready reason "coffee", which the shell does not offer \(its reasons: break, lunch, training\)/,
    );
  });

  test('names each bad manifest entry, and a bridge served from another origin than console.origin', async () => {
    const path = write('bad-manifest.json', {
      ...GOOD_MANIFEST,
      omniMfe: { remoteEntry: 'ftp://cdn.example.com/remoteEntry.js', containerName: '1omni' },
      console: {
        origin: 'https://acme.my.salesforce.com',
        bridgeUrl: 'https://acme--c.vf.force.com/apex/dcOmniBridge',
      },
    });
    const problems = await checkDcConfig(path);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0], /omniMfe\.remoteEntry: must be an absolute http\(s\) URL/);
    assert.match(problems[1], /omniMfe\.containerName/);
    assert.match(
      problems[2],
      /console\.bridgeUrl is served from https:\/\/acme--c\.vf\.force\.com but console\.origin is https:\/\/acme\.my\.salesforce\.com/,
    );
  });

  test('names each bad mapping entry and each bad reason code with its index', async () => {
    write('bad-mapping.json', {
      version: 1,
      dcToOmni: { coffee: 'Available', ready: 'Not an API name' },
      omniToDc: { Busy: 'dancing' },
    });
    write('bad-reasons.json', {
      required: 'yes',
      codes: [{ id: 'Busy', label: 'Busy' }, { id: 'Lunch', label: '' }, { label: 'No id' }],
    });
    const path = write('manifest.json', {
      ...GOOD_MANIFEST,
      omniMappingUrl: 'bad-mapping.json',
      declineReasonsUrl: 'bad-reasons.json',
    });
    const problems = await checkDcConfig(path);
    const mapping = problems.filter((p) => p.includes('bad-mapping.json'));
    const reasons = problems.filter((p) => p.includes('bad-reasons.json'));
    assert.equal(mapping.length + reasons.length, problems.length, problems.join('\n'));
    assert.ok(
      mapping.some((p) => p.includes('dcToOmni') && p.includes('coffee')),
      mapping.join('\n'),
    );
    assert.ok(
      mapping.some((p) => p.includes('dcToOmni["ready"]') && p.includes('Not an API name')),
      mapping.join('\n'),
    );
    assert.ok(
      mapping.some((p) => p.includes('omniToDc["Busy"]') && p.includes('dancing')),
      mapping.join('\n'),
    );
    assert.equal(reasons.length, 3, reasons.join('\n'));
    assert.match(reasons[0], /required/);
    assert.match(reasons[1], /codes\[1\] \(id "Lunch"\): .*label/);
    assert.match(reasons[2], /codes\[2\]: .*id/);
  });

  test('names files that are missing or not JSON, repeated reason ids and statuses the org lacks', async () => {
    write('broken.json', '{ "version": 1, ');
    write('twice.json', {
      codes: [
        { id: 'Busy', label: 'Busy' },
        { id: 'Busy', label: 'Busy again' },
      ],
    });
    const path = write('manifest2.json', {
      ...GOOD_MANIFEST,
      omniMappingUrl: 'broken.json',
      declineReasonsUrl: 'twice.json',
    });
    const problems = await checkDcConfig(path);
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0], /broken\.json: is not JSON/);
    assert.match(problems[1], /twice\.json: codes\[1\] \(id "Busy"\): repeats codes\[0\]/);

    const missing = write('manifest3.json', { ...GOOD_MANIFEST, omniMappingUrl: 'nowhere.json' });
    assert.deepEqual(
      (await checkDcConfig(missing)).map((p) => p.replace(/^.*nowhere/, 'nowhere')),
      ['nowhere.json: cannot be read (ENOENT)'],
    );

    const statuses = await checkDcConfig(write('manifest4.json', GOOD_MANIFEST), { orgStatuses: ['Busy'] });
    assert.equal(statuses.length, 2, statuses.join('\n'));
    assert.ok(statuses.every((p) => p.includes('"Available" is not an Omni-Channel status of this org')));
  });

  test('the command exits 0 on the demo manifest and 1 with the problems listed on a broken one', () => {
    const run = (manifest: string) =>
      spawnSync(process.execPath, ['-r', 'ts-node/register', resolve(__dirname, 'config-check.ts'), manifest], {
        cwd: root,
        encoding: 'utf8',
      });
    const ok = run(demoManifest);
    assert.equal(ok.status, 0, ok.stderr);
    const broken = run(write('manifest5.json', { ...GOOD_MANIFEST, manifestVersion: 2 }));
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /1 problem:\n {2}- .*manifest5\.json: manifestVersion/);
  });
});
