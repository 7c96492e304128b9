import { envelope } from './envelope';
import { lms, LMS_PROTO, parseLmsMessage } from './message-service';

describe('message service wire format', () => {
  const request = envelope.request('r-1', 'getWorkload', {});

  it('accepts each kind in its direction, with its session', () => {
    const toRelay = [
      lms.welcome('s-1'),
      lms.wrap('relay', 's-1', request),
      lms.wrap('relay', 's-1', envelope.heartbeat('ping', 'hb-1')),
    ];
    for (const m of toRelay)
      expect(parseLmsMessage(m, 'relay')).withContext(m.envelope.kind).toEqual({ ok: true, message: m });
    const toSoftphone = [
      lms.announce('salesforce-lightning', true),
      lms.wrap('softphone', 's-1', envelope.hello('salesforce-lightning', false)),
      lms.wrap('softphone', 's-1', envelope.response('r-1', 'getWorkload', { ok: true, result: {} })),
      lms.wrap('softphone', 's-1', envelope.event({ type: 'loggedOut', payload: { reason: 'DuplicateLogin' } })),
      lms.wrap('softphone', 's-1', envelope.heartbeat('pong', 'hb-1')),
    ];
    for (const m of toSoftphone)
      expect(parseLmsMessage(m, 'softphone')).withContext(m.envelope.kind).toEqual({ ok: true, message: m });
  });

  it('survives the trip as plain JSON', () => {
    const m = lms.wrap('relay', 's-1', request);
    expect(parseLmsMessage(JSON.parse(JSON.stringify(m)), 'relay')).toEqual({ ok: true, message: m });
  });

  it('says why it refuses', () => {
    const cases: [unknown, string][] = [
      [null, 'not-envelope'],
      [JSON.stringify(lms.welcome('s-1')), 'not-envelope'],
      [{ ...lms.welcome('s-1'), proto: 'dc-omni-bridge' }, 'not-envelope'],
      [lms.wrap('softphone', 's-1', request), 'recipient'],
      [{ ...lms.welcome('s-1'), to: 'everyone' }, 'schema'],
      [{ ...lms.welcome('s-1'), session: '"><img>' }, 'schema'],
      [lms.wrap('relay', null, request), 'schema'],
      [lms.wrap('relay', 's-1', { ...request, v: 2 } as never), 'version'],
      [lms.wrap('relay', 's-1', envelope.request('r-1', 'acceptWork', { workId: 'x'.repeat(65) })), 'schema'],
      [lms.wrap('relay', 's-1', envelope.hello('salesforce-lightning', true)), 'unexpected'],
      [lms.wrap('relay', 's-1', envelope.event({ type: 'loggedOut', payload: {} })), 'unexpected'],
    ];
    for (const [data, reason] of cases) {
      expect(parseLmsMessage(data, 'relay'))
        .withContext(JSON.stringify(data)?.slice(0, 90) ?? String(data))
        .toEqual(jasmine.objectContaining({ ok: false, reason }));
    }
  });

  it('never throws, even on objects whose getters throw', () => {
    const hostile = {
      proto: LMS_PROTO,
      get to(): string {
        throw new Error('boom');
      },
    };
    expect(parseLmsMessage(hostile, 'relay')).toEqual(jasmine.objectContaining({ ok: false }));
  });
});
