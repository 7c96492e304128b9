import pkg from '../../../../package.json';
import type { DiagnosisInput } from './diagnosis-input';

/** omni-mfe's version, as its package says (the build puts in only this field). */
export const buildVersion: string = pkg.version;

/** The lines that enclose the JSON block, so that a tool finds it in a pasted ticket. */
export const JSON_BEGIN = '----- BEGIN OMNI-CHANNEL DIAGNOSIS JSON -----';
export const JSON_END = '----- END OMNI-CHANNEL DIAGNOSIS JSON -----';
/** The sync log lines a diagnosis carries, newest last. */
export const SYNC_LINES_MAX = 30;

/**
 * The diagnosis support reads (docs/DIAGNOSIS.md): a few plain lines for the ticket, then the
 * same facts as JSON between JSON_BEGIN and JSON_END. In English whatever the agent's language:
 * support reads it. Loaded only when the agent asks for a diagnosis.
 */
export function writeDiagnosis(input: DiagnosisInput): string {
  const data = diagnosisData(input);
  const iso = (at: number) => new Date(at).toISOString();
  const drops = Object.entries(input.drops ?? {}).filter(([, n]) => n > 0);
  const lines = [
    `Omni-Channel for Desktop Connect: diagnosis written ${iso(input.writtenAt)}`,
    `Versions: omni-mfe ${input.buildVersion} (${input.buildLocale}), protocol ${input.protocolVersion}, props contract ${input.contractVersion}`,
    `Console: ${data.console.kind} (${input.transport}), adapter ${data.console.adapter ?? 'none yet'}`,
    `Agent: ${input.agentId ?? 'not logged in'}`,
    `Link: ${input.linkStatus}; sessions ${input.history.sessions}; sync ${input.syncHealth}, ${input.syncWrites} writes`,
    `Mapping fingerprint: ${data.mapping.fingerprint}`,
    `Configuration problems: ${input.configProblems.length === 0 ? 'none' : input.configProblems.join(' | ')}`,
    `Dropped messages: ${drops.length === 0 ? 'none' : drops.map(([r, n]) => `${r} ${n}`).join(', ')}`,
    `Work: ${input.works.length === 0 ? 'none' : input.works.map((w) => `${w.workId}/${w.workItemId} ${w.status}${w.flag ? ` flag ${w.flag}` : ''}`).join(', ')}`,
    'Link history:',
    ...orNone(input.history.events.map((e) => `  ${iso(e.at)} ${e.kind}${e.detail ? ` (${e.detail})` : ''}`)),
    'Sync log (newest last):',
    ...orNone(
      input.syncLog
        .slice(-SYNC_LINES_MAX)
        .map((l) => `  ${iso(l.at)} ${l.side === 'dc' ? 'DC' : 'Omni'}: ${l.from ?? '–'} → ${l.to} (${l.cause})`),
    ),
    '',
    JSON_BEGIN,
    JSON.stringify(data, null, 2),
    JSON_END,
    '',
  ];
  return lines.join('\n');
}

const orNone = (lines: string[]) => (lines.length === 0 ? ['  none'] : lines);

/** The JSON block: the same facts, named for tools (docs/DIAGNOSIS.md lists the fields). */
export function diagnosisData(input: DiagnosisInput) {
  return {
    format: 'omni-diagnosis/1',
    writtenAt: new Date(input.writtenAt).toISOString(),
    versions: {
      omniMfe: input.buildVersion,
      locale: input.buildLocale,
      protocol: input.protocolVersion,
      propsContract: input.contractVersion,
    },
    console: {
      kind: input.transport === 'open-cti' ? 'lightning' : 'classic',
      transport: input.transport,
      adapter: input.history.adapter,
    },
    agentId: input.agentId,
    link: {
      status: input.linkStatus,
      sessions: input.history.sessions,
      history: input.history.events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
    },
    sync: {
      health: input.syncHealth,
      writes: input.syncWrites,
      log: input.syncLog.slice(-SYNC_LINES_MAX).map((l) => ({ ...l, at: new Date(l.at).toISOString() })),
    },
    droppedMessages: input.drops,
    configurationProblems: input.configProblems,
    mapping: { fingerprint: fingerprint(input.mapping) },
    works: input.works,
  };
}

/**
 * A short fingerprint of the mapping: support compares it with the fingerprint of the file the
 * customer believes is deployed (FNV-1a over its JSON with sorted keys, so key order does not count).
 */
export function fingerprint(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  let hash = 0x811c9dc5;
  for (const ch of canonical(value)) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
