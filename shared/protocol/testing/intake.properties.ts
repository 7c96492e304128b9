import fc from 'fast-check';
import { ADAPTERS, BRIDGE_PROTO, parseProtocolMessage } from '../envelope';
import { EVENT_TYPES } from '../events.schema';
import { REQUEST_TYPES } from '../requests.schema';
import { ID, validMessage } from './valid-messages';

/**
 * Hostile and malformed input for both intakes: run by the unit tests at a modest count and by
 * `npm run soak` at 100,000 and more.
 */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'then');

export const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.anything({ maxDepth: 3 }),
    fc.string({ maxLength: 3000 }),
    fc.dictionary(fc.oneof(fc.string(), hostileKey), tie('value'), { maxKeys: 4 }),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
})).value;

/** Stands for "the type its kind requires" (hello, ping…), so that near-valid envelopes are common. */
const SAME_AS_KIND = Symbol('type = kind');

/** Payloads that are right or wrong in one field: where a lax schema would let a message through. */
const nearPayload = fc.oneof(
  fc.record({
    adapter: fc.oneof(fc.constantFrom(...ADAPTERS), fc.string()),
    consoleMode: fc.oneof(fc.boolean(), fc.string()),
  }),
  fc.record({ reason: fc.oneof(fc.constant('dc-origin-not-allowed'), fc.string()) }),
  fc.constant({}),
);

const KIND_NAMES = ['hello', 'welcome', 'refused', 'request', 'response', 'event', 'ping', 'pong'] as const;
const type = fc.oneof(
  { arbitrary: fc.constant(SAME_AS_KIND), weight: 3 },
  fc.constantFrom(...REQUEST_TYPES, ...EVENT_TYPES, 'hello', 'welcome', 'refused', 'ping', 'pong'),
  fc.string(),
  hostileKey,
);
const nearId = fc.oneof(fc.stringMatching(ID), fc.string({ maxLength: 80 }), fc.integer(), fc.constant(undefined));

/**
 * Envelopes that are almost right: loose ones, every field drawn from valid and hostile values
 * and each present or not; and close ones, every field present and most of them right, so that
 * a check the parser skips (a version, an id, one payload field) shows within a few thousand runs.
 */
export const nearEnvelope = fc
  .oneof(
    fc.record(
      {
        proto: fc.oneof(fc.constant(BRIDGE_PROTO), fc.string()),
        v: fc.oneof(fc.constant(1), fc.integer(), fc.double(), fc.string()),
        kind: fc.constantFrom(...KIND_NAMES, 'evil'),
        id: nearId,
        type,
        payload: fc.oneof(nearPayload, hostileValue),
      },
      { requiredKeys: [] },
    ),
    fc.record({
      proto: fc.constant(BRIDGE_PROTO),
      v: fc.oneof({ arbitrary: fc.constant(1), weight: 3 }, fc.integer()),
      kind: fc.constantFrom(...KIND_NAMES),
      id: nearId,
      type,
      payload: fc.oneof({ arbitrary: nearPayload, weight: 3 }, hostileValue),
    }),
  )
  .map((e) => (e.type === SAME_AS_KIND ? { ...e, type: e.kind } : e));

const REASONS = ['origin', 'source', 'not-envelope', 'version', 'schema', 'unexpected'];
/**
 * What an exact envelope is, written out here independently of the parser's schemas: the
 * properties hold the parser's answer against the input, never against its own output.
 */
function envelopeLooksExact(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'not an object';
  const d = data as Record<string, unknown>;
  if (d['proto'] !== BRIDGE_PROTO) return `proto ${String(d['proto'])}`;
  if (d['v'] !== 1) return `version ${String(d['v'])}`;
  const kind = d['kind'] as string;
  if (!(KIND_NAMES as readonly string[]).includes(kind)) return `kind ${kind}`;
  const type = d['type'];
  const typeOk =
    kind === 'request' || kind === 'response'
      ? (REQUEST_TYPES as readonly unknown[]).includes(type)
      : kind === 'event'
        ? (EVENT_TYPES as readonly unknown[]).includes(type)
        : type === kind;
  if (!typeOk) return `type ${String(type)} for ${kind}`;
  const needsId = ['request', 'response', 'ping', 'pong'].includes(kind);
  if (needsId && !(typeof d['id'] === 'string' && ID.test(d['id']))) return `id ${String(d['id'])}`;
  // An array passes where an object with no required keys is expected (valibot's objects accept
  // arrays): known, and harmless since only the schema's keys are kept.
  if (typeof d['payload'] !== 'object' || d['payload'] === null) return 'payload not an object';
  const payload = d['payload'] as Record<string, unknown>;
  if (kind === 'refused' && payload['reason'] !== 'dc-origin-not-allowed') return 'a refusal with another reason';
  if (
    kind === 'hello' &&
    !((ADAPTERS as readonly unknown[]).includes(payload['adapter']) && typeof payload['consoleMode'] === 'boolean')
  )
    return 'a hello without a known adapter and a console mode';
  return null;
}

/** parseProtocolMessage never throws, whatever it is given. */
export function intakeNeverThrows(runs: number, seed?: number): void {
  fc.assert(
    fc.property(fc.anything(), (data) => typeof parseProtocolMessage(data).ok === 'boolean'),
    { numRuns: runs, seed },
  );
}

/**
 * A near-envelope passes only when the input was exactly right (checked on the input, by
 * envelopeLooksExact), and then as plain, bounded data carrying the input's kind, type and id;
 * hostile keys pollute no prototype. A refusal names a known reason.
 */
export function intakeAcceptsOnlyExactEnvelopes(runs: number, seed?: number): void {
  fc.assert(
    fc.property(fc.oneof(nearEnvelope, hostileValue), (data) => {
      const result = parseProtocolMessage(data);
      if (({} as Record<string, unknown>)['polluted'] !== undefined)
        throw new Error('a message polluted Object.prototype');
      if (!result.ok) return REASONS.includes(result.reason) && result.detail.length <= 300;
      const wrong = envelopeLooksExact(data);
      if (wrong) throw new Error(`accepted an envelope with ${wrong}`);
      const d = data as Record<string, unknown>;
      const m = result.message as unknown as Record<string, unknown>;
      return (
        m['kind'] === d['kind'] &&
        m['type'] === d['type'] &&
        m['id'] === d['id'] &&
        JSON.stringify(m).length < 200_000 &&
        Object.getPrototypeOf(m) === Object.prototype
      );
    }),
    { numRuns: runs, seed },
  );
}

/** JSON with keys sorted, so that two equal messages compare equal whatever their key order. */
const canonical = (x: unknown): string =>
  JSON.stringify(x, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );

/** One change that makes a valid message invalid, whatever the parser thinks. */
const breakage = fc.constantFrom(
  (m: Record<string, unknown>) => ({ ...m, proto: 'dc-omni-bridge-2' }),
  (m: Record<string, unknown>) => ({ ...m, v: 2 }),
  (m: Record<string, unknown>) => ({ ...m, v: '1' }),
  (m: Record<string, unknown>) => ({ ...m, kind: 'evil' }),
  (m: Record<string, unknown>) => ({ ...m, type: 'noSuchType' }),
  (m: Record<string, unknown>) => ({ ...m, payload: 42 }),
  (m: Record<string, unknown>) => ('id' in m ? { ...m, id: 'has space' } : { ...m, v: 0 }),
  (m: Record<string, unknown>) => ('id' in m ? { ...m, id: undefined } : { ...m, proto: undefined }),
);

/**
 * Valid messages pass exactly as sent (unknown keys in the payload stripped, nothing else
 * changed), and each one broken in one field is refused.
 */
export function intakeKeepsExactlyWhatIsValid(runs: number, seed?: number): void {
  fc.assert(
    fc.property(validMessage, breakage, (message, broken) => {
      const sent = message as Record<string, unknown>;
      const kept = parseProtocolMessage({ ...sent, payload: { ...(sent['payload'] as object), extraKey: 'x' } });
      if (!kept.ok) throw new Error(`refused a valid message: ${kept.detail}`);
      if (canonical(kept.message) !== canonical(sent))
        throw new Error(`changed a valid message: ${JSON.stringify(kept.message)}`);
      const refused = parseProtocolMessage(broken(sent));
      if (refused.ok) throw new Error(`accepted a broken message: ${JSON.stringify(broken(sent))}`);
    }),
    { numRuns: runs, seed },
  );
}
