/**
 * `DEMO_EXTRA_DC_ORIGINS`: the Desktop Connect origins a shell team adds to the demo so that its
 * own shell can be framed by the simulated console and answered by the bridge page.
 */
export const EXTRA_ORIGINS_VARIABLE = 'DEMO_EXTRA_DC_ORIGINS';

/**
 * Parses a comma-separated list of exact origins (`http://127.0.0.1:4210,https://dc.test`).
 * Anything that is not an exact http(s) origin is refused with a message naming it: an origin
 * that went in unnoticed would only show later as a handshake that never succeeds.
 */
export function parseExtraDcOrigins(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = entries.filter((entry) => !isExactOrigin(entry));
  if (bad.length) {
    throw new Error(
      `${EXTRA_ORIGINS_VARIABLE} must list exact origins separated by commas, such as http://127.0.0.1:4210 (scheme, host and port; no path, no trailing slash). Not an origin: ${bad.map((b) => JSON.stringify(b)).join(', ')}.`,
    );
  }
  return [...new Set(entries)];
}

function isExactOrigin(entry: string): boolean {
  if (!URL.canParse(entry)) return false;
  const url = new URL(entry);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry;
}
