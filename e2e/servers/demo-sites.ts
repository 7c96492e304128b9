import { resolve } from 'node:path';
import type { StaticSite } from './static-site';

const dist = resolve(__dirname, '../../dist');

const CONSOLE = 'http://127.0.0.1:4300';
const SHELL = 'http://127.0.0.1:4200';
const MFE = 'http://127.0.0.1:4201';

/**
 * Strict policies, as production should send: no eval, no inline script, exact origins for
 * scripts and frames. Inline styles stay allowed: Angular puts component styles in <style>.
 */
const BASE_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; img-src 'self' data:";
export const CSP = {
  /** The console page frames Desktop Connect; the bridge page is framed by DC inside the console. */
  console: `${BASE_CSP}; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src ${SHELL} ${CONSOLE}; frame-ancestors ${CONSOLE} ${SHELL}`,
  /** The shell runs omni-mfe's scripts from their own origin and frames the bridge page. */
  shell: `${BASE_CSP}; script-src 'self' ${MFE}; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-src ${CONSOLE}; frame-ancestors ${CONSOLE}`,
};

/** The demo's origins, as in production: the console (with the bridge page), the shell, omni-mfe's assets. */
export const DEMO_SITES: readonly StaticSite[] = [
  { name: 'Salesforce console (sim)', roots: [resolve(dist, 'console-sim'), resolve(dist, 'bridge')], port: 4300, noCache: /^$/, csp: CSP.console },
  { name: 'Desktop Connect shell', roots: [resolve(dist, 'shell')], port: 4200, noCache: /^(dc-manifest|omni-mapping|omni-decline-reasons)\.json$/, csp: CSP.shell },
  { name: 'omni-mfe assets', roots: [resolve(dist, 'omni-mfe')], port: 4201, noCache: /^remoteEntry\.js$/ },
];

/** Where an agent starts: the simulated console with Desktop Connect inside. */
export const DEMO_URL = 'http://127.0.0.1:4300/';
export const SHELL_URL = 'http://127.0.0.1:4200/';
