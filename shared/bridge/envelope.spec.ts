import { BRIDGE_PROTO, envelope, parseBridgeMessage } from './envelope';
import { EVENT_TYPES, type BridgeEvent } from './events.schema';
import { REQUEST_TYPES, type RequestType } from './requests.schema';

const status = { statusId: '0N5000000000001', statusName: 'Available', statusApiName: 'Available', channels: [{ channelId: '0N9000000000001', developerName: 'Cases' }] };
const work = { workId: '0Bz000000000001', workItemId: '500000000000001' };

/** One valid parameter object per request type. */
export const VALID_PARAMS: Record<RequestType, unknown> = {
  login: { statusId: status.statusId },
  logout: {},
  setPresence: { statusId: status.statusId },
  getPresence: {},
  getStatuses: {},
  getAgentWorks: {},
  acceptWork: { workId: work.workId },
  declineWork: { workId: work.workId, reason: 'Busy with a call' },
  closeWork: { workId: work.workId },
  getWorkload: {},
  openRecord: { workItemId: work.workItemId },
};

/** One valid event per event type. */
export const VALID_EVENTS: BridgeEvent[] = [
  { type: 'presenceChanged', payload: { ...status, reason: 'OmniManualStatusChange' } },
  { type: 'loggedIn', payload: { status } },
  { type: 'loggedOut', payload: {} },
  { type: 'workAssigned', payload: { ...work, isEngaged: false, type: 'Case', label: 'Printer on fire', priority: 1, status: 'Assigned' } },
  { type: 'workAccepted', payload: work },
  { type: 'workDeclined', payload: work },
  { type: 'workClosed', payload: work },
  { type: 'workloadChanged', payload: { configuredCapacity: 10, previousWorkload: 0, newWorkload: 2 } },
  { type: 'pushTimeout', payload: work },
  { type: 'connectionError', payload: { message: 'Omni-Channel lost its connection' } },
];

describe('bridge envelope', () => {
  it('accepts every valid message kind, request and event', () => {
    const messages = [
      envelope.hello('salesforce-classic', true),
      envelope.welcome(),
      envelope.heartbeat('ping', 'hb-1'),
      envelope.heartbeat('pong', 'hb-1'),
      ...REQUEST_TYPES.map((type, i) => envelope.request(`r-${i}`, type, VALID_PARAMS[type])),
      envelope.response('r-1', 'getWorkload', { ok: true, result: { anything: 1 } }),
      envelope.response('r-2', 'acceptWork', { ok: false, error: { code: 'console', message: 'refused' } }),
      ...VALID_EVENTS.map((e) => envelope.event(e)),
    ];
    for (const message of messages) {
      expect(parseBridgeMessage(message)).withContext(`${message.kind} ${message.type}`).toEqual({ ok: true, message: jasmine.objectContaining({ kind: message.kind, type: message.type }) });
    }
    expect(VALID_EVENTS.map((e) => e.type).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('accepts channels given as an array only (the adapters normalise JSON strings)', () => {
    const bad = envelope.event({ type: 'presenceChanged', payload: { ...status, channels: '[]' as never } });
    expect(parseBridgeMessage(bad)).toEqual(jasmine.objectContaining({ ok: false, reason: 'schema' }));
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
      [{ ...envelope.event(VALID_EVENTS[3]), payload: { ...work, isEngaged: false, label: 'x'.repeat(1001) } }, 'schema'],
      [envelope.response('r-1', 'getWorkload', { ok: false, error: { code: 'teapot' as never, message: '' } }), 'schema'],
      [{ ...envelope.heartbeat('ping', 'a'), type: 'pong' }, 'schema'],
    ];
    for (const [data, reason] of cases) {
      expect(parseBridgeMessage(data)).withContext(JSON.stringify(data)?.slice(0, 80) ?? String(data)).toEqual(jasmine.objectContaining({ ok: false, reason }));
    }
  });

  it('never throws, even on objects whose getters throw', () => {
    const hostile = { proto: BRIDGE_PROTO, get v(): number { throw new Error('boom'); } };
    expect(parseBridgeMessage(hostile)).toEqual(jasmine.objectContaining({ ok: false }));
    const proxy = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(parseBridgeMessage(proxy)).toEqual(jasmine.objectContaining({ ok: false }));
  });

  it('keeps only known keys, so __proto__ and constructor never reach the app', () => {
    const data = JSON.parse(`{"proto":"${BRIDGE_PROTO}","v":1,"kind":"event","type":"loggedOut","payload":{"__proto__":{"polluted":true},"constructor":{"x":1}},"__proto__":{"polluted":true}}`);
    const parsed = parseBridgeMessage(data);
    expect(parsed.ok).toBeTrue();
    expect(parsed.ok && Object.keys(parsed.message.payload as object)).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
