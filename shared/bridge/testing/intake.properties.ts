import fc from 'fast-check';
import { BRIDGE_PROTO, parseBridgeMessage } from '../envelope';
import { EVENT_TYPES } from '../events.schema';
import { REQUEST_TYPES } from '../requests.schema';

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

/** Envelopes that are almost right: every field drawn from valid and hostile values. */
export const nearEnvelope = fc.record(
  {
    proto: fc.oneof(fc.constant(BRIDGE_PROTO), fc.string()),
    v: fc.oneof(fc.constant(1), fc.integer(), fc.double(), fc.string()),
    kind: fc.constantFrom('hello', 'welcome', 'request', 'response', 'event', 'ping', 'pong', 'evil'),
    id: fc.oneof(fc.string({ maxLength: 80 }), fc.integer(), fc.constant(undefined)),
    type: fc.oneof(fc.constantFrom(...REQUEST_TYPES, ...EVENT_TYPES, 'hello', 'welcome', 'ping', 'pong'), fc.string(), hostileKey),
    payload: hostileValue,
  },
  { requiredKeys: [] },
);

const REASONS = ['origin', 'source', 'not-envelope', 'version', 'schema', 'unexpected'];

/** parseBridgeMessage never throws, whatever it is given. */
export function intakeNeverThrows(runs: number, seed?: number): void {
  fc.assert(fc.property(fc.anything(), (data) => typeof parseBridgeMessage(data).ok === 'boolean'), { numRuns: runs, seed });
}

/** A near-envelope passes only when exactly right, and then as plain, bounded data. */
export function intakeAcceptsOnlyExactEnvelopes(runs: number, seed?: number): void {
  fc.assert(
    fc.property(fc.oneof(nearEnvelope, hostileValue), (data) => {
      const result = parseBridgeMessage(data);
      if (!result.ok) return REASONS.includes(result.reason) && result.detail.length <= 300;
      const m = result.message;
      return m.proto === BRIDGE_PROTO && m.v === 1 && JSON.stringify(m).length < 200_000 && Object.getPrototypeOf(m) === Object.prototype;
    }),
    { numRuns: runs, seed },
  );
}
