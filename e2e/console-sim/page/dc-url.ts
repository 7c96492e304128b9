/** What the console frames in its softphone area: a Desktop Connect URL, or why it refused one. */
export type DcUrlChoice = { readonly url: string } | { readonly refused: string };

/**
 * The console frames `?dc=<url>` only when its origin is an allowed Desktop Connect origin (the
 * demo shell's, or one added with DEMO_EXTRA_DC_ORIGINS): a link must not make the console
 * frame an arbitrary page beside the agent's work. Without `?dc=`, the demo shell.
 */
export function chooseDcUrl(
  requested: string | null,
  defaultUrl: string,
  allowedOrigins: readonly string[],
): DcUrlChoice {
  if (requested === null || requested === '') return { url: defaultUrl };
  const allowed = allowedOrigins.join(', ');
  if (!URL.canParse(requested)) {
    return {
      refused: `Desktop Connect was not opened: ?dc= must be a full URL such as http://127.0.0.1:4210/, not "${requested}". Allowed origins: ${allowed}.`,
    };
  }
  const url = new URL(requested);
  if (!allowedOrigins.includes(url.origin)) {
    return {
      refused: `Desktop Connect was not opened: ${url.origin} is not an allowed Desktop Connect origin (allowed: ${allowed}). Start the demo with DEMO_EXTRA_DC_ORIGINS=${url.origin === 'null' ? '<origin>' : url.origin} to allow it.`,
    };
  }
  return { url: url.href };
}

/**
 * The softphone's URL as Open CTI frames the call center's adapter URL: in Lightning Experience
 * it appends `mode=Lightning` and `sfdcIframeOrigin` (the console's origin), with more
 * housekeeping parameters (`isdtp`, `nonce`, `ltn_app_id`, `clc`) that say nothing of the console;
 * Salesforce Classic's softphone gets the adapter URL as it is. Not in Salesforce's documentation:
 * observed on Open CTI softphones (docs/DEPLOYMENT.md §3.3, "One call center serves both interfaces").
 */
export function openCtiAdapterUrl(adapterUrl: string, kind: 'classic' | 'lightning', consoleOrigin: string): string {
  if (kind === 'classic') return adapterUrl;
  const url = new URL(adapterUrl);
  url.searchParams.set('mode', 'Lightning');
  url.searchParams.set('isdtp', 'vw');
  url.searchParams.set('sfdcIframeOrigin', consoleOrigin);
  url.searchParams.set(
    'nonce',
    [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join(''),
  );
  url.searchParams.set('clc', '0');
  return url.href;
}
