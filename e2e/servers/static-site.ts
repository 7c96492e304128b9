import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** One origin of the demo: a folder of built files served on its own port. */
export interface StaticSite {
  readonly name: string;
  /** Folders searched in order: the first that has the file serves it. */
  readonly roots: readonly string[];
  readonly port: number;
  /** Files always revalidated: entry points whose names do not change between builds. */
  readonly noCache: RegExp;
  /** The Content-Security-Policy of the site's pages (sent with HTML). */
  readonly csp?: string;
  /** Paths answered from memory instead of the roots (benchmarks rewrite configs with it). */
  readonly overrides?: Readonly<Record<string, { readonly type: string; readonly body: string }>>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `site.root` on 127.0.0.1; only GET and HEAD, only files under the root. */
export function serveStaticSite(site: StaticSite, host = '127.0.0.1'): Promise<Server> {
  const roots = site.roots.map((r) => resolve(r));
  const missing = roots.find((r) => !existsSync(r));
  if (missing) return Promise.reject(new Error(`${missing} does not exist: run "npm run build" first.`));
  const server = createServer((req, res) => handle(site, roots, req, res));
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(site.port, host, () => resolveServer(server));
  });
}

function handle(site: StaticSite, roots: readonly string[], req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const override = site.overrides?.[pathname];
  if (override) {
    res
      .writeHead(200, {
        'Content-Type': override.type,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        // A page answered from memory keeps the site's policy, as the same page from disk would.
        ...(site.csp && override.type.startsWith('text/html') ? { 'Content-Security-Policy': site.csp } : {}),
      })
      .end(req.method === 'HEAD' ? undefined : override.body);
    return;
  }
  const relative = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  const file = roots
    .map((root) => join(root, relative))
    .find((f, i) => f.startsWith(roots[i] + sep) && existsSync(f) && statSync(f).isFile());
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
    return;
  }
  const name = relative.split(sep).pop() ?? '';
  const revalidate = site.noCache.test(name) || extname(file) === '.html';
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': revalidate ? 'no-cache' : 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    ...(site.csp && extname(file) === '.html' ? { 'Content-Security-Policy': site.csp } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}
