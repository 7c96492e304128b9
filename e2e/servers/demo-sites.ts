import { resolve } from 'node:path';
import type { StaticSite } from './static-site';

const dist = resolve(__dirname, '../../dist');

/** The demo's origins, as in production: the shell, omni-mfe's assets, and (later) the console. */
export const DEMO_SITES: readonly StaticSite[] = [
  { name: 'Desktop Connect shell', root: resolve(dist, 'shell'), port: 4200, noCache: /^dc-manifest\.json$/ },
  { name: 'omni-mfe assets', root: resolve(dist, 'omni-mfe'), port: 4201, noCache: /^remoteEntry\.js$/ },
];

export const DEMO_URL = 'http://127.0.0.1:4200/';
