/** The org's shape: host names per kind of org, the flags that give it, a manifest checked against it. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkDcConfig } from '../../shell/scripts/config-problems';
import { orgShape, takeOrgFlags, type OrgShapeInput } from './org-shape';

describe('orgShape', () => {
  const hosts = (input: OrgShapeInput) => {
    const shape = orgShape(input);
    return [shape.lightningOrigin, shape.classicOrigin, shape.visualforceOrigin];
  };

  test('writes each host name in the form of its kind of org', () => {
    assert.deepEqual(hosts({ myDomain: 'Acme', edition: 'production' }), [
      'https://acme.lightning.force.com',
      'https://acme.my.salesforce.com',
      'https://acme--c.vf.force.com',
    ]);
    assert.deepEqual(hosts({ myDomain: 'acme-dev', edition: 'developer' }), [
      'https://acme-dev.develop.lightning.force.com',
      'https://acme-dev.develop.my.salesforce.com',
      'https://acme-dev--c.develop.vf.force.com',
    ]);
    assert.deepEqual(hosts({ myDomain: 'acme', edition: 'sandbox', sandbox: 'uat' }), [
      'https://acme--uat.sandbox.lightning.force.com',
      'https://acme--uat.sandbox.my.salesforce.com',
      'https://acme--uat--c.sandbox.vf.force.com',
    ]);
    assert.deepEqual(hosts({ myDomain: 'power-ability-1234-dev-ed', edition: 'scratch' }), [
      'https://power-ability-1234-dev-ed.scratch.lightning.force.com',
      'https://power-ability-1234-dev-ed.scratch.my.salesforce.com',
      'https://power-ability-1234-dev-ed--c.scratch.vf.force.com',
    ]);
    const dev = orgShape({ myDomain: 'acme', edition: 'developer' });
    assert.equal(dev.openCtiUrl, 'https://acme--c.develop.vf.force.com/support/api/62.0/lightning/opencti_min.js');
    assert.deepEqual(dev.dcCsp['frame-src'], ['https://acme--c.develop.vf.force.com']);
  });

  test('refuses flags that cannot name an org, saying what to pass', () => {
    assert.throws(() => orgShape({ myDomain: 'acme', edition: 'sandbox' }), /needs --sandbox <name>/);
    assert.throws(
      () => orgShape({ myDomain: 'acme', edition: 'developer', sandbox: 'x' }),
      /for --edition sandbox only/,
    );
    assert.throws(() => orgShape({ myDomain: 'acme.com', edition: 'production' }), /letters, digits and hyphens/);
    assert.throws(() => takeOrgFlags(['--my-domain', 'acme']), /give both --my-domain/);
    assert.deepEqual(takeOrgFlags(['m.json', '--edition', 'scratch', '--my-domain', 'x']), {
      input: { myDomain: 'x', edition: 'scratch', sandbox: undefined },
      rest: ['m.json'],
    });
    assert.deepEqual(takeOrgFlags(['m.json']), { rest: ['m.json'] });
  });

  test("config:check names every console entry that is not the org's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-org-shape-'));
    try {
      writeFileSync(join(dir, 'mapping.json'), JSON.stringify({ version: 1, dcToOmni: {}, omniToDc: {} }));
      writeFileSync(join(dir, 'reasons.json'), JSON.stringify({ codes: [{ id: 'Busy', label: 'Busy' }] }));
      const manifest = (consoleEntry: object) => {
        const path = join(dir, 'm.json');
        writeFileSync(
          path,
          JSON.stringify({
            manifestVersion: 1,
            omniMfe: {
              remoteEntry: 'https://omni-mfe.example.com/en/remoteEntry.js',
              containerName: 'omniMfe',
              locales: { de: 'https://omni-mfe.example.com/de/remoteEntry.js' },
            },
            console: consoleEntry,
            omniMappingUrl: 'mapping.json',
            declineReasonsUrl: 'reasons.json',
          }),
        );
        return path;
      };
      const shape = orgShape({ myDomain: 'acme', edition: 'developer' });
      assert.deepEqual(await checkDcConfig(manifest(shape.manifestConsole.lightning), { orgShape: shape }), []);
      assert.deepEqual(await checkDcConfig(manifest(shape.manifestConsole.classic), { orgShape: shape }), []);
      const production = orgShape({ myDomain: 'acme', edition: 'production' }).manifestConsole.lightning;
      const path = manifest(production);
      assert.deepEqual(await checkDcConfig(path, { orgShape: shape }), [
        `${path}: console.origin is https://acme.lightning.force.com; the developer org acme serves it at https://acme.develop.lightning.force.com`,
        `${path}: console.openCtiUrl is https://acme--c.vf.force.com/support/api/62.0/lightning/opencti_min.js; the developer org acme serves it at https://acme--c.develop.vf.force.com/support/api/62.0/lightning/opencti_min.js`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
