/**
 * Which Salesforce console framed Desktop Connect, from what Open CTI appends to the call center's
 * adapter URL: Lightning Experience adds `mode=Lightning` and `sfdcIframeOrigin` (the console's
 * origin, `https://<domain>.lightning.force.com` or its Developer Edition, sandbox or scratch
 * form). So one call center, with the plain Desktop Connect URL, serves both interfaces.
 * `null` when nothing says: then the page's own `?console=` decides (development, tests).
 */
export function consoleKindFromOpenCti(search: string): 'lightning' | 'classic' | null {
  const params = new URLSearchParams(search);
  if (params.get('mode') === 'Lightning') return 'lightning';
  const origin = params.get('sfdcIframeOrigin') ?? params.get('sfdcIFrameOrigin');
  if (origin === null || !URL.canParse(origin)) return null;
  return new URL(origin).hostname.endsWith('.lightning.force.com') ? 'lightning' : 'classic';
}

/**
 * The query that chooses the manifest (remote/dc-manifest.ts, `manifestFileFor`): Open CTI's word
 * when it gives one, else the page's query as it is, `?console=` included.
 */
export function manifestQuery(search: string): string {
  const kind = consoleKindFromOpenCti(search);
  if (kind === null) return search;
  return kind === 'lightning' ? '?console=lightning' : '';
}
