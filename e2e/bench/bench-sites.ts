/**
 * The sites every bench run serves: omni-mfe and the floor app as remotes, the bench host that
 * mounts them with what the shell ships (its mapping and decline reasons), and the demo rewired
 * across two sites (demo-harness.ts). Used by `npm run bench` and its diagnostics.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_NOT_READY_REASONS } from '@shared/dc-state/dc-state';
import { serveStaticSite } from '../servers/static-site';
import { BENCH_HOST_HTML, benchHostJs } from './bench-host';
import { CONSOLE, latencySites } from './demo-harness';

const dist = resolve(__dirname, '../../dist');

/** Serves the bench host with what the shell ships: its mapping and decline reasons. */
function benchHost(): Promise<Server> {
  const shipped = (file: string) => JSON.parse(readFileSync(resolve(dist, 'shell', file), 'utf8')) as unknown;
  const js = benchHostJs({
    bridge: { url: `${CONSOLE}/bridge.html`, consoleOrigin: CONSOLE },
    notReadyReasons: DEFAULT_NOT_READY_REASONS,
    omniMapping: shipped('omni-mapping.json'),
    declineReasons: shipped('omni-decline-reasons.json'),
  });
  const host = createServer((req, res) => {
    const isJs = req.url?.startsWith('/bench-host.js');
    res
      .writeHead(200, { 'Content-Type': isJs ? 'text/javascript' : 'text/html', 'Cache-Control': 'no-cache' })
      .end(isJs ? js : BENCH_HOST_HTML);
  });
  return new Promise((r) => host.listen(4210, '127.0.0.1', () => r(host)));
}

/**
 * Starts every bench site; close each server when done. `omniDir` serves another omni-mfe build
 * as omni-mfe (the deliberate-break build, dist/breaks/omni-mfe).
 */
export async function serveBenchSites(omniDir = resolve(dist, 'omni-mfe')): Promise<Server[]> {
  const servers: Server[] = [];
  for (const [name, roots, port] of [
    ['mfe', [omniDir, resolve(omniDir, 'en')], 4201],
    ['floor', [resolve(dist, 'bench-floor')], 4202],
  ] as const)
    servers.push(await serveStaticSite({ name, roots, port, noCache: /^remoteEntry\.js$/ }));
  servers.push(await benchHost());
  for (const site of latencySites())
    servers.push(await serveStaticSite(site, site.name === 'console' ? 'localhost' : '127.0.0.1'));
  return servers;
}
