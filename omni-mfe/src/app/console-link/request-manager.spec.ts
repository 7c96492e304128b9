import { envelope } from '@shared/protocol/envelope';
import { LinkError } from './link-error';
import { createRequestManager, type RequestManager } from './request-manager';
import { FakeTimers } from './testing/fake-timers';

describe('RequestManager', () => {
  let timers: FakeTimers;
  let manager: RequestManager;
  let sent: { id: string; type: string; payload: unknown }[];
  let port: MessagePort;

  const status = { statusId: '0N5000000000001', statusName: 'Available', statusApiName: 'Available', channels: [] };

  beforeEach(() => {
    timers = new FakeTimers();
    manager = createRequestManager(timers, 1000);
    sent = [];
    port = {
      postMessage: (m: { id: string; type: string; payload: unknown }) => sent.push(m),
    } as unknown as MessagePort;
  });

  it('correlates responses by id, whatever their order', async () => {
    const a = manager.send(port, 'setPresence', { statusId: '0N5000000000001' });
    const b = manager.send(port, 'getWorkload', {});
    expect(new Set(sent.map((m) => m.id)).size).toBe(2);
    manager.settle(
      envelope.response(sent[1].id, 'getWorkload', {
        ok: true,
        result: { configuredCapacity: 10, currentWorkload: 2 },
      }),
    );
    manager.settle(envelope.response(sent[0].id, 'setPresence', { ok: true, result: status }));
    expect(await b).toEqual({ configuredCapacity: 10, currentWorkload: 2 });
    expect(await a).toEqual(status);
    expect(sent.map((m) => manager.isPending(m.id))).toEqual([false, false]);
  });

  it('rejects with a typed timeout error and forgets the request', async () => {
    const pending = manager.send(port, 'getPresence', {});
    timers.advance(1000);
    await expectAsync(pending).toBeRejectedWith(
      jasmine.objectContaining({ code: 'timeout', message: 'The console did not answer getPresence within 1 s.' }),
    );
    expect(
      manager.settle(
        envelope.response(sent[0].id, 'getPresence', { ok: true, result: { loggedIn: false, status: null } }),
      ),
    ).toBeFalse();
  });

  it('passes the console error code on', async () => {
    const pending = manager.send(port, 'acceptWork', { workId: '0Bz000000000001' });
    manager.settle(
      envelope.response(sent[0].id, 'acceptWork', {
        ok: false,
        error: { code: 'console', message: 'The Salesforce console refused acceptAgentWork.' },
      }),
    );
    const err = await pending.catch((e: unknown) => e);
    expect(err).toEqual(jasmine.any(LinkError));
    expect((err as LinkError).code).toBe('console');
  });

  it('refuses a result of the wrong shape instead of passing it on', async () => {
    const pending = manager.send(port, 'getWorkload', {});
    manager.settle(envelope.response(sent[0].id, 'getWorkload', { ok: true, result: { configuredCapacity: 'lots' } }));
    await expectAsync(pending).toBeRejectedWith(jasmine.objectContaining({ code: 'invalid-response' }));
  });

  it('ignores responses to unknown ids and to another request type', () => {
    void manager.send(port, 'getWorkload', {}).catch(() => undefined);
    expect(manager.settle(envelope.response('nope', 'getWorkload', { ok: true, result: {} }))).toBeFalse();
    expect(manager.settle(envelope.response(sent[0].id, 'getPresence', { ok: true, result: {} }))).toBeFalse();
    expect(manager.isPending(sent[0].id)).toBeTrue();
  });

  it('fails everything pending on disconnect and clears its timers', async () => {
    const a = manager.send(port, 'getWorkload', {});
    const b = manager.send(port, 'getAgentWorks', {});
    manager.rejectAll(new LinkError('disconnected', 'gone'));
    await expectAsync(a).toBeRejectedWith(jasmine.objectContaining({ code: 'disconnected' }));
    await expectAsync(b).toBeRejectedWith(jasmine.objectContaining({ code: 'disconnected' }));
    expect(timers.pending).toBe(0);
  });
});
