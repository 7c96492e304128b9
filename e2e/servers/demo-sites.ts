import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extraOriginPages } from './extra-origin-pages';
import type { StaticSite } from './static-site';

const root = resolve(__dirname, '../..');
const dist = resolve(root, 'dist');

const CONSOLE = 'http://127.0.0.1:4300';
const SHELL = 'http://127.0.0.1:4200';
const MFE = 'http://127.0.0.1:4201';
/** Open CTI's script on the console's (the org's) origin, as the Lightning manifest names it. */
export const OPENCTI_URL = `${CONSOLE}/support/api/62.0/lightning/opencti_min.js`;
/** The plain single-spa host (e2e/plain-host/): a second shell, without webpack. */
export const PLAIN_HOST_ORIGIN = 'http://127.0.0.1:4210';

/**
 * Strict policies, as production should send: no eval, no inline script, exact origins for
 * scripts and frames. Inline styles stay allowed: Angular puts component styles in <style>.
 */
const BASE_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; img-src 'self' data:";

/** The policies of the demo's pages; `extraDcOrigins` are shells allowed with DEMO_EXTRA_DC_ORIGINS. */
export function demoCsp(extraDcOrigins: readonly string[] = []) {
  const dcHosts = [SHELL, ...extraDcOrigins].join(' ');
  /**
   * What any Desktop Connect host needs: omni-mfe's scripts, the console's bridge page (Classic)
   * and exactly one script of the console's origin, Open CTI's (Lightning).
   */
  const dcHost = `${BASE_CSP}; script-src 'self' ${MFE} ${OPENCTI_URL}; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-src ${CONSOLE}; frame-ancestors ${CONSOLE}`;
  return {
    /** The console page frames Desktop Connect; the bridge page is framed by DC inside the console. */
    console: `${BASE_CSP}; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src ${dcHosts} ${CONSOLE}; frame-ancestors ${CONSOLE} ${dcHosts}`,
    /** The shell runs omni-mfe's scripts from their own origin and frames the bridge page. */
    shell: dcHost,
    plainHost: dcHost,
  };
}
export const CSP = demoCsp();

/** The plain host's page and module, with single-spa's ESM build and the shell's config files beside them. */
function plainHostFiles(): StaticSite['overrides'] {
  const singleSpa = resolve(root, 'node_modules/single-spa');
  const json = (file: string) => ({
    type: 'application/json; charset=utf-8',
    body: readFileSync(resolve(root, 'shell/public', file), 'utf8'),
  });
  return {
    '/vendor/single-spa.js': {
      type: 'text/javascript; charset=utf-8',
      body: readFileSync(resolve(singleSpa, 'lib/es2015/esm/single-spa.min.js'), 'utf8'),
    },
    '/vendor/versions.json': {
      type: 'application/json; charset=utf-8',
      body: JSON.stringify({
        'single-spa': (JSON.parse(readFileSync(resolve(singleSpa, 'package.json'), 'utf8')) as { version: string })
          .version,
      }),
    },
    '/omni-mapping.json': json('omni-mapping.json'),
    '/omni-decline-reasons.json': json('omni-decline-reasons.json'),
    // The DC states, reasons and their labels: the one vocabulary the shell and omni-mfe read too.
    '/dc-words.json': {
      type: 'application/json; charset=utf-8',
      body: readFileSync(resolve(root, 'shared/dc-state/dc-words.json'), 'utf8'),
    },
  };
}

/**
 * The org's own metadata that the simulated Lightning console obeys (e2e/console-sim/lightning/
 * utility-bar.ts): the utility bar that places the relay and the relay's markup, read from
 * salesforce/ at start, so a change there changes what the console does.
 */
export function orgFiles(): NonNullable<StaticSite['overrides']> {
  const org = resolve(root, 'salesforce/force-app/main/default');
  const file = (path: string) => ({
    type: 'text/plain; charset=utf-8',
    body: readFileSync(resolve(org, path), 'utf8'),
  });
  return {
    '/org/DcOmniConsole_UtilityBar.flexipage-meta.xml': file('flexipages/DcOmniConsole_UtilityBar.flexipage-meta.xml'),
    '/org/dcOmniRelay.cmp': file('aura/dcOmniRelay/dcOmniRelay.cmp'),
  };
}

/**
 * The demo's origins, as in production: the console (with the bridge page), the shell, the
 * plain host, omni-mfe's assets. Reads the built files, so call it after a build.
 */
export function demoSites(extraDcOrigins: readonly string[] = []): StaticSite[] {
  const csp = demoCsp(extraDcOrigins);
  return [
    {
      name: 'Salesforce console (sim)',
      // The console page, Open CTI's script, the bridge page (Classic) and the relay's script (Lightning).
      roots: [resolve(dist, 'console-sim'), resolve(dist, 'bridge'), resolve(dist, 'relay')],
      port: 4300,
      noCache: /^(opencti_min|dcOmniRelay)\.js$/,
      csp: csp.console,
      overrides: { ...extraOriginPages(dist, extraDcOrigins), ...orgFiles() },
    },
    {
      name: 'Desktop Connect shell',
      roots: [resolve(dist, 'shell')],
      port: 4200,
      noCache: /^(dc-manifest|omni-mapping|omni-decline-reasons)\.json$/,
      csp: csp.shell,
    },
    {
      name: 'Plain single-spa host',
      roots: [resolve(root, 'e2e/plain-host')],
      port: 4210,
      noCache: /\.(js|json)$/,
      csp: csp.plainHost,
      overrides: plainHostFiles(),
    },
    // One build per locale, each a remote of its own: /en/remoteEntry.js, /de/remoteEntry.js. The
    // English build also answers at the root, where links and hosts older than the locales look.
    {
      name: 'omni-mfe assets',
      roots: [resolve(dist, 'omni-mfe'), resolve(dist, 'omni-mfe/en')],
      port: 4201,
      noCache: /^remoteEntry\.js$/,
    },
  ];
}

/** Where an agent starts: the simulated console with Desktop Connect inside. */
export const DEMO_URL = 'http://127.0.0.1:4300/';
export const SHELL_URL = 'http://127.0.0.1:4200/';
/** The bridge page, on the console's origin. */
export const BRIDGE_URL = 'http://127.0.0.1:4300/bridge.html';
