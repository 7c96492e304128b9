/**
 * The operator's check of a Desktop Connect manifest and the files it references (Omni-Channel
 * Mappings, decline reasons), with the schemas the shell and omni-mfe use at run time. Every
 * problem names its file and entry.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { checkDeclineReasons } from '../../shared/contracts/decline-reasons';
import { DEFAULT_NOT_READY_REASONS, type NotReadyReason } from '../../shared/dc-state/dc-state';
import { DC_LANGUAGES } from '../../shared/dc-state/dc-vocabulary';
import {
  checkMappingAgainstReasons,
  checkMappingAgainstStatuses,
  checkOmniMapping,
} from '../../shared/mapping/omni-mapping';
import { manifestConsoleProblems, type OrgShape } from '../../salesforce/scripts/org-shape';
import { parseDcManifest, remoteEntryFor } from '../remote/dc-manifest';

export interface CheckOptions {
  /** The org's presence status API names; when given, the mapping may name only these (and Offline). */
  readonly orgStatuses?: readonly string[];
  /** The shell's Not Ready reasons (the reference shell's by default): the mapping may name only these. */
  readonly notReadyReasons?: readonly NotReadyReason[];
  /** The org's host names (`--my-domain`, `--edition`): the console entry must name them exactly. */
  readonly orgShape?: OrgShape;
}

export async function checkDcConfig(manifestPath: string, options: CheckOptions = {}): Promise<string[]> {
  const manifest = await readJson(manifestPath);
  if (!manifest.ok) return [manifest.problem];
  const problems = [...manifestProblems(manifest.value, manifestPath), ...originProblems(manifest.value, manifestPath)];
  const raw = manifest.value as { omniMappingUrl?: unknown; declineReasonsUrl?: unknown; console?: unknown };
  if (options.orgShape && typeof raw.console === 'object' && raw.console !== null)
    problems.push(...manifestConsoleProblems(raw.console as Record<string, unknown>, options.orgShape, manifestPath));

  const mapping = await referenced(manifestPath, raw.omniMappingUrl, 'omniMappingUrl');
  if (!mapping.ok) problems.push(mapping.problem);
  else {
    const check = checkOmniMapping(mapping.value);
    if (!check.ok) problems.push(...check.problems.map((p) => `${mapping.where}: ${p}`));
    else {
      const reasons = options.notReadyReasons ?? DEFAULT_NOT_READY_REASONS;
      problems.push(...checkMappingAgainstReasons(check.mapping, reasons).map((p) => `${mapping.where}: ${p}`));
      if (options.orgStatuses)
        problems.push(
          ...checkMappingAgainstStatuses(check.mapping, options.orgStatuses).map((p) => `${mapping.where}: ${p}`),
        );
    }
  }

  const reasons = await referenced(manifestPath, raw.declineReasonsUrl, 'declineReasonsUrl');
  if (!reasons.ok) problems.push(reasons.problem);
  else problems.push(...declineReasonProblems(reasons.value).map((p) => `${reasons.where}: ${p}`));
  return problems;
}

/** The manifest's entries, then a build for every language an agent can choose (none falls back to English). */
function manifestProblems(raw: unknown, path: string): string[] {
  try {
    const manifest = parseDcManifest(raw, path);
    return DC_LANGUAGES.flatMap((locale) => {
      try {
        remoteEntryFor(manifest, locale);
        return [];
      } catch (err) {
        return [`${path}: ${(err as Error).message}`];
      }
    });
  } catch (err) {
    // parseDcManifest names every bad entry, separated by "; ", after "<source> is not a valid ...: ".
    const message = (err as Error).message;
    const detail = message.slice(message.indexOf(': ') + 2);
    return detail.split('; ').map((issue) => `${path}: ${issue}`);
  }
}

/**
 * Classic: omni-mfe accepts bridge messages from console.origin only, so the bridge page must be
 * served from it. Lightning: Open CTI must be the org's opencti_min.js of API 47.0 or later (the
 * first with the message service).
 */
function originProblems(raw: unknown, path: string): string[] {
  const consoleEntry = (raw as { console?: { transport?: unknown; origin?: unknown; bridgeUrl?: unknown } }).console;
  if (consoleEntry?.transport === 'open-cti') return openCtiProblems(consoleEntry, path);
  const { origin, bridgeUrl } = consoleEntry ?? {};
  if (typeof origin !== 'string' || typeof bridgeUrl !== 'string' || !URL.canParse(bridgeUrl)) return [];
  const bridgeOrigin = new URL(bridgeUrl).origin;
  if (bridgeOrigin === origin) return [];
  return [
    `${path}: console.bridgeUrl is served from ${bridgeOrigin} but console.origin is ${origin}: omni-mfe would drop every bridge message. Set console.origin to the bridge page's origin (in Classic, the org's Visualforce domain).`,
  ];
}

function openCtiProblems(entry: object, path: string): string[] {
  const url = (entry as { openCtiUrl?: unknown }).openCtiUrl;
  if (typeof url !== 'string' || !URL.canParse(url)) return [];
  const match = /^\/support\/api\/(\d+)(?:\.\d+)?\/lightning\/opencti_min\.js$/.exec(new URL(url).pathname);
  if (!match)
    return [
      `${path}: console.openCtiUrl must be the org's /support/api/<version>/lightning/opencti_min.js (e.g. https://acme.my.salesforce.com/support/api/62.0/lightning/opencti_min.js), not ${url}.`,
    ];
  if (Number(match[1]) < 47)
    return [
      `${path}: console.openCtiUrl names Open CTI API ${match[1]}.0, but its message service needs 47.0 or later.`,
    ];
  return [];
}

/** The first problem for the file as a whole, then one per bad reason code with its index and id. */
function declineReasonProblems(raw: unknown): string[] {
  const whole = checkDeclineReasons(raw);
  if (whole.ok) return duplicateIds(whole.reasons.codes);
  const codes = (raw as { codes?: unknown } | null)?.codes;
  if (!Array.isArray(codes) || codes.length === 0) return [whole.problem];
  const problems: string[] = [];
  const rest = checkDeclineReasons({ ...(raw as object), codes: [{ id: 'x', label: 'x' }] });
  if (!rest.ok) problems.push(rest.problem);
  codes.forEach((code: unknown, i) => {
    const one = checkDeclineReasons({ codes: [code] });
    const id = (code as { id?: unknown } | null)?.id;
    if (!one.ok)
      problems.push(
        `codes[${i}]${typeof id === 'string' ? ` (id "${id}")` : ''}: ${one.problem.replace('codes.0.', '')}`,
      );
  });
  return problems.length ? problems : [whole.problem];
}

function duplicateIds(codes: readonly { id: string }[]): string[] {
  return codes.flatMap((code, i) => {
    const first = codes.findIndex((c) => c.id === code.id);
    return first < i
      ? [
          `codes[${i}] (id "${code.id}"): repeats codes[${first}]; the console records the id, so the two cannot be told apart.`,
        ]
      : [];
  });
}

type Json = { ok: true; value: unknown; where: string } | { ok: false; problem: string };

async function referenced(manifestPath: string, url: unknown, entry: string): Promise<Json> {
  if (url === undefined) return { ok: true, value: undefined, where: `${manifestPath} (${entry})` };
  if (typeof url !== 'string')
    return { ok: false, problem: `${manifestPath}: ${entry} must be a path or URL relative to the manifest` };
  return /^https?:\/\//.test(url) ? fetchJson(url) : readJson(resolve(dirname(manifestPath), url));
}

async function readJson(file: string): Promise<Json> {
  const shown = relative(process.cwd(), file);
  const path = shown && !shown.startsWith('..') ? shown : file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return {
      ok: false,
      problem: `${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    };
  }
  return parse(text, path);
}

async function fetchJson(url: string): Promise<Json> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return { ok: false, problem: `${url}: HTTP ${response.status}` };
    return parse(await response.text(), url);
  } catch (err) {
    return { ok: false, problem: `${url}: cannot be fetched (${(err as Error).message})` };
  }
}

function parse(text: string, where: string): Json {
  try {
    return { ok: true, value: JSON.parse(text), where };
  } catch (err) {
    return { ok: false, problem: `${where}: is not JSON (${(err as Error).message})` };
  }
}
