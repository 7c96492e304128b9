import { resolve } from 'node:path';
import type { StaticSite } from './static-site';

const dist = resolve(__dirname, '../../dist');

/** The demo's origins, as in production: the console (with the bridge page), the shell, omni-mfe's assets. */
export const DEMO_SITES: readonly StaticSite[] = [
  { name: 'Salesforce console (sim)', roots: [resolve(dist, 'console-sim'), resolve(dist, 'bridge')], port: 4300, noCache: /^$/ },
  { name: 'Desktop Connect shell', roots: [resolve(dist, 'shell')], port: 4200, noCache: /^(dc-manifest|omni-mapping|omni-decline-reasons)\.json$/ },
  { name: 'omni-mfe assets', roots: [resolve(dist, 'omni-mfe')], port: 4201, noCache: /^remoteEntry\.js$/ },
];

/** Where an agent starts: the simulated console with Desktop Connect inside. */
export const DEMO_URL = 'http://127.0.0.1:4300/';
export const SHELL_URL = 'http://127.0.0.1:4200/';
