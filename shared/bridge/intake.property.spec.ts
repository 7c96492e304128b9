import fc from 'fast-check';
import { BRIDGE_PROTO, parseBridgeMessage } from './envelope';
import { EVENT_TYPES } from './events.schema';
import { REQUEST_TYPES } from './requests.schema';

/** How many runs: modest in `npm test`, more in soak runs (OMNI_FUZZ_RUNS through the karma define). */
export const FUZZ_RUNS = 2000;

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'then');
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.anything({ maxDepth: 3 }),
    fc.string({ maxLength: 3000 }),
    fc.dictionary(fc.oneof(fc.string(), hostileKey), tie('value'), { maxKeys: 4 }),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
})).value;

/** Envelopes that are almost right: every field drawn from valid and hostile values. */
const nearEnvelope = fc.record(
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

describe('bridge intake (property)', () => {
  it('never throws on anything at all', () => {
    fc.assert(fc.property(fc.anything(), (data) => typeof parseBridgeMessage(data).ok === 'boolean'), { numRuns: FUZZ_RUNS });
  });

  it('accepts a near-envelope only when it is exactly right, and then returns plain, bounded data', () => {
    fc.assert(
      fc.property(nearEnvelope, (data) => {
        const result = parseBridgeMessage(data);
        if (!result.ok) return ['origin', 'source', 'not-envelope', 'version', 'schema', 'unexpected'].includes(result.reason);
        const m = result.message;
        return m.proto === BRIDGE_PROTO && m.v === 1 && JSON.stringify(m).length < 200_000 && Object.getPrototypeOf(m) === Object.prototype;
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
