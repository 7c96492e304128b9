/**
 * The host names of one org, in the form its kind uses (enhanced My Domain; Salesforce Help, "My
 * Domain URL formats"): production `<domain>.lightning.force.com`, Developer Edition
 * `<domain>.develop.…`, sandbox `<domain>--<sandbox>.sandbox.…`, scratch `<domain>.scratch.…`, and
 * the Visualforce domain `--c` beside it. From them: the manifests' console entries and the
 * Desktop Connect page's CSP entries. `npm run org:build` prints them, `config:check` compares a
 * manifest with them. Plain TypeScript, no Node: both scripts use it.
 */
export const EDITIONS = ['production', 'sandbox', 'developer', 'scratch'] as const;
export type Edition = (typeof EDITIONS)[number];

export interface OrgShapeInput {
  readonly myDomain: string;
  readonly edition: Edition;
  /** The sandbox's name; sandboxes only. */
  readonly sandbox?: string;
}

export interface OrgShape {
  readonly input: OrgShapeInput;
  /** My Domain login and Classic console: `https://<domain>[…].my.salesforce.com`. */
  readonly classicOrigin: string;
  readonly lightningOrigin: string;
  /** Visualforce pages and their static resources (the `c` namespace: unpackaged). */
  readonly visualforceOrigin: string;
  readonly bridgeUrl: string;
  /** Open CTI for a third-party page, from the Visualforce domain (Open CTI guide, "Connect to Open CTI"). */
  readonly openCtiUrl: string;
  readonly staticResourceBases: readonly string[];
  readonly manifestConsole: {
    readonly classic: { transport: 'bridge-iframe'; origin: string; bridgeUrl: string };
    readonly lightning: { transport: 'open-cti'; origin: string; openCtiUrl: string; channelName: string };
  };
  /** What Desktop Connect's own Content-Security-Policy must allow for this org. */
  readonly dcCsp: Readonly<Record<'frame-ancestors' | 'frame-src' | 'script-src', readonly string[]>>;
}

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/i;
const SANDBOX = /^[a-z][a-z0-9]{0,9}$/i;

/** Throws an Error that says what to pass when the input cannot name an org. */
export function orgShape(input: OrgShapeInput, apiVersion = '62.0', channelName = 'dcOmniBridge__c'): OrgShape {
  if (!DOMAIN.test(input.myDomain))
    throw new Error(
      `--my-domain ${input.myDomain}: a My Domain name is letters, digits and hyphens (Setup → My Domain)`,
    );
  if (!EDITIONS.includes(input.edition))
    throw new Error(`--edition ${String(input.edition)}: use one of ${EDITIONS.join(', ')}`);
  if (input.edition === 'sandbox' && !SANDBOX.test(input.sandbox ?? ''))
    throw new Error('--edition sandbox needs --sandbox <name> (letters and digits, as in Setup → Sandboxes)');
  if (input.edition !== 'sandbox' && input.sandbox !== undefined)
    throw new Error(`--sandbox is for --edition sandbox only, not ${input.edition}`);
  const name = input.edition === 'sandbox' ? `${input.myDomain}--${input.sandbox}` : input.myDomain;
  const partition = { production: '', sandbox: 'sandbox.', developer: 'develop.', scratch: 'scratch.' }[input.edition];
  const host = (suffix: string) => `https://${name}${suffix}`.toLowerCase();
  const classicOrigin = host(`.${partition}my.salesforce.com`);
  const lightningOrigin = host(`.${partition}lightning.force.com`);
  const visualforceOrigin = host(`--c.${partition}vf.force.com`);
  const bridgeUrl = `${visualforceOrigin}/apex/dcOmniBridge`;
  const openCtiUrl = `${visualforceOrigin}/support/api/${apiVersion}/lightning/opencti_min.js`;
  return {
    input,
    classicOrigin,
    lightningOrigin,
    visualforceOrigin,
    bridgeUrl,
    openCtiUrl,
    staticResourceBases: [`${visualforceOrigin}/resource/`, `${lightningOrigin}/resource/`],
    manifestConsole: {
      classic: { transport: 'bridge-iframe', origin: visualforceOrigin, bridgeUrl },
      lightning: { transport: 'open-cti', origin: lightningOrigin, openCtiUrl, channelName },
    },
    dcCsp: {
      'frame-ancestors': [lightningOrigin, classicOrigin],
      'frame-src': [visualforceOrigin],
      'script-src': [openCtiUrl],
    },
  };
}

/**
 * Reads `--my-domain <name> --edition <kind> [--sandbox <name>]` out of `args`; the other
 * arguments come back untouched. `shape` is undefined when neither flag is given.
 */
export function takeOrgFlags(args: readonly string[]): { input?: OrgShapeInput; rest: string[] } {
  const flags = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (['--my-domain', '--edition', '--sandbox'].includes(args[i])) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${args[i]} needs a value`);
      flags.set(args[i], value);
      i++;
    } else rest.push(args[i]);
  }
  if (!flags.size) return { rest };
  const myDomain = flags.get('--my-domain');
  const edition = flags.get('--edition');
  if (!myDomain || !edition)
    throw new Error('give both --my-domain <name> and --edition <production|sandbox|developer|scratch>');
  return { input: { myDomain, edition: edition as Edition, sandbox: flags.get('--sandbox') }, rest };
}

/** Where a manifest's console entry disagrees with the org's shape, each naming the entry. */
export function manifestConsoleProblems(entry: Record<string, unknown>, shape: OrgShape, where: string): string[] {
  const kind = entry['transport'] === 'open-cti' ? 'lightning' : 'classic';
  const expected = shape.manifestConsole[kind] as Record<string, string>;
  const org = `${shape.input.edition} org ${shape.input.myDomain}${shape.input.sandbox ? ` (sandbox ${shape.input.sandbox})` : ''}`;
  const keys = kind === 'lightning' ? ['origin', 'openCtiUrl'] : ['origin', 'bridgeUrl'];
  return keys
    .filter((key) => entry[key] !== expected[key])
    .map(
      (key) =>
        `${where}: console.${key} is ${String(entry[key] ?? '(missing)')}; the ${org} serves it at ${expected[key]}`,
    );
}
