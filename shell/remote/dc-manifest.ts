import * as v from 'valibot';

/**
 * The deployable manifest (`dc-manifest.json`, next to index.html): where omni-mfe's
 * remoteEntry.js and the console bridge live. Operations edit it; no rebuild is needed.
 */
const absoluteHttpUrl = v.pipe(
  v.string(),
  v.check((s) => /^https?:\/\//.test(s) && URL.canParse(s), 'must be an absolute http(s) URL'),
);

/** Salesforce Classic (the default): the bridge page omni-mfe frames, and the origin it is served from. */
const bridgeIframeConsole = v.object({
  transport: v.literal('bridge-iframe'),
  origin: absoluteHttpUrl,
  bridgeUrl: absoluteHttpUrl,
});

/** Lightning: Open CTI from the org (`/support/api/<version>/lightning/opencti_min.js`) and the relay's message channel. */
const openCtiConsole = v.object({
  transport: v.literal('open-cti'),
  origin: absoluteHttpUrl,
  openCtiUrl: absoluteHttpUrl,
  channelName: v.pipe(
    v.string(),
    v.regex(/^(?:[A-Za-z]\w*__)?[A-Za-z]\w*__c$/, 'must be a Lightning message channel API name ending in __c'),
  ),
});

const consoleSchema = v.pipe(
  v.unknown(),
  // `transport` may be left out: manifests written before Lightning mean the bridge iframe.
  v.transform((c) =>
    typeof c === 'object' && c !== null && !('transport' in c) ? { ...c, transport: 'bridge-iframe' } : c,
  ),
  v.variant('transport', [bridgeIframeConsole, openCtiConsole], "transport must be 'bridge-iframe' or 'open-cti'"),
);

const manifestSchema = v.object({
  manifestVersion: v.literal(1),
  omniMfe: v.object({
    /** omni-mfe's remoteEntry.js in its source language, English (unless `locales.en` names another). */
    remoteEntry: absoluteHttpUrl,
    containerName: v.pipe(v.string(), v.regex(/^[A-Za-z_$][\w$]*$/)),
    /**
     * remoteEntry.js per language (BCP 47 code, e.g. `de`): omni-mfe is built once per locale, and
     * every language the shell speaks but English needs its entry here (see remoteEntryFor).
     */
    locales: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)), absoluteHttpUrl)),
  }),
  console: consoleSchema,
  /** The Omni-Channel Mappings file, relative to the manifest; omni-mfe checks its content. */
  omniMappingUrl: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** The decline reason codes file, relative to the manifest. */
  declineReasonsUrl: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** Lets a developer point the shell at another omni-mfe (query string or localStorage). Off in production. */
  devOverrides: v.optional(v.boolean(), false),
});

export type DcManifest = v.InferOutput<typeof manifestSchema>;

/** The language omni-mfe is written in: `omniMfe.remoteEntry` is its build. */
export const SOURCE_LOCALE = 'en';

/** The query parameter that selects the manifest: `?console=lightning` is the Lightning deployment. */
export const CONSOLE_QUERY_PARAM = 'console';
const CLASSIC_MANIFEST = 'dc-manifest.json';
const LIGHTNING_MANIFEST = 'dc-manifest.lightning.json';

/** The manifest file for this page: `dc-manifest.json`, or `dc-manifest.lightning.json` with `?console=lightning`. */
export function manifestFileFor(search: string): string {
  const value = new URLSearchParams(search).get(CONSOLE_QUERY_PARAM);
  if (value === null) return CLASSIC_MANIFEST;
  if (value === 'lightning') return LIGHTNING_MANIFEST;
  throw new Error(
    `?${CONSOLE_QUERY_PARAM}=${value} is not a console this Desktop Connect knows: use ?${CONSOLE_QUERY_PARAM}=lightning, or leave it out for Salesforce Classic.`,
  );
}

export const OVERRIDE_QUERY_PARAM = 'omni-remote';
export const OVERRIDE_STORAGE_KEY = 'dc.omniRemote';

/** Parses a manifest, with an error that names the bad entry. */
export function parseDcManifest(raw: unknown, source: string): DcManifest {
  const result = v.safeParse(manifestSchema, raw);
  if (result.success) return result.output;
  const detail = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ');
  throw new Error(`${source} is not a valid Desktop Connect manifest: ${detail}`);
}

export async function loadDcManifest(url: string, fetchFn: typeof fetch = fetch): Promise<DcManifest> {
  const response = await fetchFn(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status}).`);
  return parseDcManifest(await response.json(), url);
}

export interface RemoteChoice {
  readonly url: string;
  /** Where the URL came from, shown in Settings so a forgotten override is noticed. */
  readonly source: 'manifest' | 'query' | 'localStorage';
}

/**
 * The manifest's omni-mfe build for `locale`: its `locales` entry, or for English `remoteEntry`.
 * A language without a build is a configuration problem, never a silent English: omni-mfe would
 * show English to an agent who chose another language (and refuse the shell's locale).
 */
export function remoteEntryFor(manifest: DcManifest, locale: string): string {
  const url =
    manifest.omniMfe.locales?.[locale] ?? (locale === SOURCE_LOCALE ? manifest.omniMfe.remoteEntry : undefined);
  if (url !== undefined) return url;
  throw new Error(
    `the manifest names no omni-mfe build for the agent's language "${locale}": add omniMfe.locales.${locale} (its ${locale}/remoteEntry.js).`,
  );
}

/**
 * The remoteEntry URL to load: the manifest's for the agent's `locale` (remoteEntryFor, which
 * throws when there is none), unless the manifest allows developer overrides and one is set
 * (`?omni-remote=URL` first, then localStorage `dc.omniRemote`).
 */
export function chooseOmniRemote(
  manifest: DcManifest,
  search: string,
  storage: Pick<Storage, 'getItem'> | null,
  locale: string,
): RemoteChoice {
  if (manifest.devOverrides) {
    const fromQuery = new URLSearchParams(search).get(OVERRIDE_QUERY_PARAM);
    if (fromQuery && isHttpUrl(fromQuery)) return { url: fromQuery, source: 'query' };
    const fromStorage = safeGet(storage, OVERRIDE_STORAGE_KEY);
    if (fromStorage && isHttpUrl(fromStorage)) return { url: fromStorage, source: 'localStorage' };
  }
  return { url: remoteEntryFor(manifest, locale), source: 'manifest' };
}

function isHttpUrl(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

function safeGet(storage: Pick<Storage, 'getItem'> | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    // Storage can throw when blocked by the browser's privacy settings; then there is no override.
    return null;
  }
}

/**
 * Loads a JSON config file for omni-mfe (the Omni-Channel Mappings, the decline reason codes).
 * A missing or unreadable file is not fatal: omni-mfe checks what it gets, runs without the
 * feature and says why, so `undefined` is returned and the cause logged.
 */
export async function loadOmniConfig(
  url: string | undefined,
  base: string,
  fetchFn: typeof fetch = fetch,
): Promise<unknown> {
  if (!url) return undefined;
  const href = new URL(url, base).href;
  try {
    const response = await fetchFn(href, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } catch (err) {
    console.error(`omni-mfe configuration could not be loaded from ${href}: ${(err as Error).message}`);
    return undefined;
  }
}
