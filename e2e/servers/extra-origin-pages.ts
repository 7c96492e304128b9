import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Override = { readonly type: string; readonly body: string };
const HTML = 'text/html; charset=utf-8';

/**
 * The console page and the bridge page as built, with extra Desktop Connect origins allowed:
 * the bridge page's `allowedDcOrigins` and the console's `data-dc-origins` (which `?dc=` URLs
 * it frames). The built files stay untouched; the server answers these paths from memory.
 */
export function extraOriginPages(dist: string, extraOrigins: readonly string[]): Record<string, Override> {
  if (!extraOrigins.length) return {};
  const consolePage = {
    type: HTML,
    body: allowInConsolePage(read(resolve(dist, 'console-sim/index.html')), extraOrigins),
  };
  return {
    '/': consolePage,
    '/index.html': consolePage,
    '/bridge.html': { type: HTML, body: allowInBridgePage(read(resolve(dist, 'bridge/bridge.html')), extraOrigins) },
  };
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} does not exist: run "npm run build" first.`);
  }
}

const BRIDGE_CONFIG = /(<script type="application\/json" id="dc-omni-bridge-config">)([\s\S]*?)(<\/script>)/;

export function allowInBridgePage(html: string, extraOrigins: readonly string[]): string {
  const match = BRIDGE_CONFIG.exec(html);
  if (!match)
    throw new Error('The built bridge page has no #dc-omni-bridge-config script: rebuild with "npm run build".');
  const config = JSON.parse(match[2]) as { allowedDcOrigins?: string[] };
  const allowed = [...new Set([...(config.allowedDcOrigins ?? []), ...extraOrigins])];
  // `<` escaped so that no value can close the script element.
  const json = JSON.stringify({ ...config, allowedDcOrigins: allowed }).replace(/</g, '\\u003c');
  return html.replace(BRIDGE_CONFIG, (_all, open: string, _json: string, close: string) => `${open}${json}${close}`);
}

const DC_ORIGINS = /data-dc-origins="([^"]*)"/;

export function allowInConsolePage(html: string, extraOrigins: readonly string[]): string {
  const match = DC_ORIGINS.exec(html);
  if (!match) throw new Error('The built console page has no data-dc-origins attribute: rebuild with "npm run build".');
  const allowed = [...new Set([...match[1].split(' ').filter(Boolean), ...extraOrigins])];
  // Origins are checked to be exact origins, so they hold no quote; escaped all the same.
  const value = allowed.join(' ').replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return html.replace(DC_ORIGINS, () => `data-dc-origins="${value}"`);
}
