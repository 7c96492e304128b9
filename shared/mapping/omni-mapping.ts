import * as v from 'valibot';
import { parseDcStateKey } from '../dc-state/dc-state';

/**
 * The Omni-Channel Mappings: which Omni-Channel presence status goes with which Desktop Connect
 * state, in which direction, and the rules beyond a plain map. Omni statuses are named by API
 * name; DC states by key (`ready`, `not-ready:break`, ...). `Offline` is Omni-Channel logged out.
 */
export const OMNI_OFFLINE = 'Offline';
export const SYNC_DIRECTIONS = ['both', 'dcToOmni', 'omniToDc'] as const;

const dcKey = v.pipe(
  v.string(),
  v.check(
    (k) => parseDcStateKey(k) !== undefined && k !== 'logged-out',
    'is not a DC state (ready, not-ready, not-ready:<reason>, on-call, wrap-up)',
  ),
);
const dcKeyOrLogout = v.pipe(
  v.string(),
  v.check((k) => parseDcStateKey(k) !== undefined, 'is not a DC state'),
);
const apiName = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(80),
  v.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'is not an API name'),
);

const mappingSchema = v.object({
  version: v.literal(1),
  direction: v.optional(v.picklist(SYNC_DIRECTIONS), 'both'),
  /** Several DC states may map to one Omni status. */
  dcToOmni: v.record(dcKey, apiName),
  /** One DC state per Omni status. */
  omniToDc: v.record(apiName, dcKey),
  /** The Omni status when the agent logs out of DC (`Offline` logs them out of Omni-Channel). */
  onDcLogout: v.optional(apiName, OMNI_OFFLINE),
  /** The DC state when the agent logs out of Omni-Channel; null changes nothing, `logged-out` logs out of DC. */
  onOmniLogout: v.optional(v.nullable(dcKeyOrLogout), null),
  rules: v.optional(
    v.object({
      /** While DC is on a call, Omni goes to `busyStatus`, and back to the status before the call after it. */
      onCall: v.optional(v.object({ enabled: v.boolean(), busyStatus: apiName })),
      /** At `percent` % of Omni capacity DC goes to `dcState`, and back to the state before below it. */
      capacity: v.optional(
        v.object({ enabled: v.boolean(), percent: v.pipe(v.number(), v.minValue(1), v.maxValue(100)), dcState: dcKey }),
      ),
    }),
    {},
  ),
});

export type OmniMapping = v.InferOutput<typeof mappingSchema>;

export type MappingCheck =
  { readonly ok: true; readonly mapping: OmniMapping } | { readonly ok: false; readonly problems: readonly string[] };

/** Checks a mapping config on its own; each problem names the entry. */
export function checkOmniMapping(raw: unknown): MappingCheck {
  if (raw === undefined || raw === null)
    return { ok: false, problems: ['No Omni-Channel Mappings are configured: Omni-Channel presence sync is off.'] };
  const result = v.safeParse(mappingSchema, raw, { abortEarly: false });
  if (!result.success) {
    return { ok: false, problems: result.issues.map((i) => `${entryName(i)} ${i.message}`) };
  }
  return { ok: true, mapping: result.output };
}

/** Checks that every Omni status the mapping names exists in the org the console reports. */
export function checkMappingAgainstStatuses(
  mapping: OmniMapping,
  statusApiNames: readonly string[],
): readonly string[] {
  const known = new Set([...statusApiNames, OMNI_OFFLINE]);
  const list = [...statusApiNames].join(', ');
  const problems: string[] = [];
  const check = (entry: string, name: string) => {
    if (!known.has(name))
      problems.push(`${entry}: "${name}" is not an Omni-Channel status of this org (known: ${list}).`);
  };
  for (const [dc, omni] of Object.entries(mapping.dcToOmni)) check(`dcToOmni["${dc}"]`, omni);
  for (const omni of Object.keys(mapping.omniToDc)) check(`omniToDc["${omni}"]`, omni);
  check('onDcLogout', mapping.onDcLogout);
  if (mapping.rules.onCall?.enabled) check('rules.onCall.busyStatus', mapping.rules.onCall.busyStatus);
  return problems;
}

/**
 * Checks that every Not Ready reason the mapping names (`not-ready:<id>`) is one of the shell's
 * `notReadyReasons`: the ids are one vocabulary across the props, setDcState and the mapping.
 */
export function checkMappingAgainstReasons(
  mapping: OmniMapping,
  reasons: readonly { readonly id: string }[],
): readonly string[] {
  const known = new Set(reasons.map((r) => r.id));
  const list = reasons.map((r) => r.id).join(', ') || 'none';
  const problems: string[] = [];
  const check = (entry: string, key: string | null | undefined) => {
    const reason = key ? parseDcStateKey(key)?.reason : undefined;
    if (reason !== undefined && !known.has(reason))
      problems.push(
        `${entry}: "${key}" names the Not Ready reason "${reason}", which the shell does not offer (its reasons: ${list}).`,
      );
  };
  for (const dc of Object.keys(mapping.dcToOmni)) check(`dcToOmni["${dc}"]`, dc);
  for (const [omni, dc] of Object.entries(mapping.omniToDc)) check(`omniToDc["${omni}"]`, dc);
  check('onOmniLogout', mapping.onOmniLogout);
  check('rules.capacity.dcState', mapping.rules.capacity?.dcState);
  return problems;
}

/** `dcToOmni["not-ready:break"]`, `rules.capacity.percent`: the entry as an operator would find it. */
function entryName(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  const name = keys
    .map((k, i) => (i === 0 ? k : ['dcToOmni', 'omniToDc'].includes(keys[i - 1]) ? `["${k}"]` : `.${k}`))
    .join('');
  const value = issue.type === 'check' || issue.type === 'regex' ? ` ("${String(issue.input)}")` : '';
  return `${name || 'the mapping'}${value}:`;
}
