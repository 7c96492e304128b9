import { BRIDGE_PROTO, envelope, parseProtocolMessage } from './envelope';
import { EVENT_TYPES } from './events.schema';
import { REQUEST_TYPES, type RequestType } from './requests.schema';
import { VALID_EVENTS, VALID_PARAMS, WORK_REF as work, AVAILABLE as status } from './testing/messages';

describe('bridge envelope', () => {
  it('accepts every valid message kind, request and event', () => {
    const messages = [
      envelope.hello('salesforce-classic', true),
      envelope.welcome(),
      envelope.refused(),
      envelope.heartbeat('ping', 'hb-1'),
      envelope.heartbeat('pong', 'hb-1'),
      ...REQUEST_TYPES.map((type, i) => envelope.request(`r-${i}`, type, VALID_PARAMS[type])),
      envelope.response('r-1', 'getWorkload', { ok: true, result: { anything: 1 } }),
      envelope.response('r-2', 'acceptWork', { ok: false, error: { code: 'console', message: 'refused' } }),
      ...VALID_EVENTS.map((e) => envelope.event(e)),
    ];
    for (const message of messages) {
      expect(parseProtocolMessage(message))
        .withContext(`${message.kind} ${message.type}`)
        .toEqual({ ok: true, message: jasmine.objectContaining({ kind: message.kind, type: message.type }) });
    }
    expect(VALID_EVENTS.map((e) => e.type).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('accepts channels given as an array only (the adapters normalise JSON strings)', () => {
    const bad = envelope.event({ type: 'presenceChanged', payload: { ...status, channels: '[]' as never } });
    expect(parseProtocolMessage(bad)).toEqual(jasmine.objectContaining({ ok: false, reason: 'schema' }));
  });

  it('says why it refuses', () => {
    const cases: [unknown, string][] = [
      [null, 'not-envelope'],
      ['{"proto":"dc-omni-bridge"}', 'not-envelope'],
      [{ proto: 'other' }, 'not-envelope'],
      [{ ...envelope.welcome(), v: 2 }, 'version'],
      [{ ...envelope.welcome(), v: '1' }, 'schema'],
      [{ proto: BRIDGE_PROTO, v: 1, kind: 'request', type: 'getWorkload', payload: {} }, 'schema'],
      [envelope.request('r-1', 'dropTables' as RequestType, {}), 'schema'],
      [envelope.request('r-1', 'acceptWork', { workId: 'x'.repeat(65) }), 'schema'],
      [envelope.request('r-1', 'acceptWork', { workId: '"><img>' }), 'schema'],
      [
        { ...envelope.event(VALID_EVENTS[3]), payload: { ...work, isEngaged: false, label: 'x'.repeat(1001) } },
        'schema',
      ],
      [
        envelope.response('r-1', 'getWorkload', { ok: false, error: { code: 'teapot' as never, message: '' } }),
        'schema',
      ],
      [{ ...envelope.heartbeat('ping', 'a'), type: 'pong' }, 'schema'],
      // A refusal says only that the origin is not allowed: no other reason, no list of origins.
      [{ ...envelope.refused(), payload: { reason: 'maintenance' } }, 'schema'],
      [{ ...envelope.refused(), type: 'hello' }, 'schema'],
    ];
    for (const [data, reason] of cases) {
      expect(parseProtocolMessage(data))
        .withContext(JSON.stringify(data)?.slice(0, 80) ?? String(data))
        .toEqual(jasmine.objectContaining({ ok: false, reason }));
    }
  });

  it('keeps nothing of a refusal but its reason', () => {
    const parsed = parseProtocolMessage({
      ...envelope.refused(),
      payload: { reason: 'dc-origin-not-allowed', allowedDcOrigins: ['https://dc.example.com'] },
    });
    expect(parsed).toEqual({ ok: true, message: envelope.refused() });
  });

  it('never throws, even on objects whose getters throw', () => {
    const hostile = {
      proto: BRIDGE_PROTO,
      get v(): number {
        throw new Error('boom');
      },
    };
    expect(parseProtocolMessage(hostile)).toEqual(jasmine.objectContaining({ ok: false }));
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(parseProtocolMessage(proxy)).toEqual(jasmine.objectContaining({ ok: false }));
  });

  it('keeps only known keys, so __proto__ and constructor never reach the app', () => {
    const data = JSON.parse(
      `{"proto":"${BRIDGE_PROTO}","v":1,"kind":"event","type":"loggedOut","payload":{"__proto__":{"polluted":true},"constructor":{"x":1}},"__proto__":{"polluted":true}}`,
    );
    const parsed = parseProtocolMessage(data);
    expect(parsed.ok).toBeTrue();
    expect(parsed.ok && Object.keys(parsed.message.payload as object)).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
