import { DropLog } from '@shared/protocol/drop-log';
import { envelope } from '@shared/protocol/envelope';
import { lms, parseLmsMessage, type LmsMessage } from '@shared/protocol/message-service';
import { SalesforceLightningAdapter } from '../adapters/salesforce-lightning';
import { OmniToolkitDouble, ORG_STATUSES, omniEvent, settle } from '../adapters/testing/omni-toolkit-double';
import { RelayServer } from './relay-server';
import { MessageServiceDouble } from './testing/message-service-double';

describe('RelayServer (the Lightning relay over the message service)', () => {
  let channel: MessageServiceDouble;
  let toolkit: OmniToolkitDouble;
  let adapter: SalesforceLightningAdapter;
  let consoleApp: boolean;
  let dropLog: DropLog;
  let server: RelayServer;
  let softphone: LmsMessage[];

  const send = (m: unknown) => channel.publish(m);
  const got = () => softphone.map((m) => `${m.session} ${m.envelope.kind} ${m.envelope.type}`);

  beforeEach(async () => {
    channel = new MessageServiceDouble();
    toolkit = new OmniToolkitDouble();
    consoleApp = true;
    adapter = new SalesforceLightningAdapter({
      toolkit,
      isConsoleNavigation: () => Promise.resolve(consoleApp),
      openRecord: () => Promise.resolve(),
      statuses: () => Promise.resolve(ORG_STATUSES),
    });
    dropLog = new DropLog('test', () => undefined);
    server = new RelayServer({ adapter, publish: (m) => channel.publish(m), dropLog });
    channel.subscribe((m) => server.receive(m));
    // What a softphone would take from the channel: messages addressed to it.
    softphone = [];
    channel.subscribe((m) => {
      const parsed = parseLmsMessage(m, 'softphone');
      if (parsed.ok) softphone.push(parsed.message);
    });
    await server.start();
    await settle();
  });

  afterEach(() => server.stop());

  it('announces a (re)started relay with no session, so a softphone re-handshakes at once', () => {
    expect(softphone).toEqual([lms.announce('salesforce-lightning', true)]);
  });

  it('answers a welcome with hello in its session, then serves requests and heartbeats in it', async () => {
    send(lms.welcome('s-1'));
    await settle();
    send(lms.wrap('relay', 's-1', envelope.request('r-1', 'getWorkload', {})));
    send(lms.wrap('relay', 's-1', envelope.heartbeat('ping', 'hb-1')));
    await settle();
    expect(softphone.slice(1)).toEqual([
      lms.wrap('softphone', 's-1', envelope.hello('salesforce-lightning', true)),
      lms.wrap('softphone', 's-1', envelope.heartbeat('pong', 'hb-1')),
      lms.wrap(
        'softphone',
        's-1',
        envelope.response('r-1', 'getWorkload', {
          ok: true,
          result: {
            configuredCapacity: 10,
            currentWorkload: 0,
            configuredInterruptibleCapacity: 4,
            currentInterruptibleWorkload: 0,
          },
        }),
      ),
    ]);
  });

  it('adopts the newest session only: the older one is dropped, counted and never acted on', async () => {
    send(lms.welcome('s-1'));
    send(lms.welcome('s-2'));
    await settle();
    send(lms.wrap('relay', 's-1', envelope.request('r-1', 'acceptWork', { workId: '0Bz000000000001AAA' })));
    send(lms.wrap('relay', 's-1', envelope.heartbeat('ping', 'hb-old')));
    await settle();
    expect(toolkit.calls).toEqual([]);
    expect(got().slice(1)).toEqual(['s-1 hello hello', 's-2 hello hello']);
    expect(dropLog.counts().session).toBe(2);
  });

  it('answers only the newest of welcomes that arrive together', async () => {
    server.receive(lms.welcome('s-1'));
    server.receive(lms.welcome('s-2'));
    await settle();
    expect(got().slice(1)).toEqual(['s-2 hello hello']);
  });

  it('relays toolkit events in the current session only, none before a handshake', async () => {
    adapter.toolkitEvent('Logout', { reason: 'DuplicateLogin' });
    await settle();
    send(lms.welcome('s-1'));
    await settle();
    adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(ORG_STATUSES[1], 'OmniSupervisorStatusChange', 15));
    await settle();
    expect(got()).toEqual(['null hello hello', 's-1 hello hello', 's-1 event presenceChanged']);
    expect(softphone[2].envelope.payload).toEqual(
      jasmine.objectContaining({ statusId: ORG_STATUSES[1].statusId, reason: 'OmniSupervisorStatusChange' }),
    );
  });

  it('drops malformed messages, other versions and its own messages, counting each', async () => {
    send(lms.welcome('s-1'));
    await settle();
    const before = server.forSoftphone.counts().recipient;
    send({
      proto: 'dc-omni-lms',
      to: 'relay',
      session: 's-1',
      envelope: { ...envelope.request('r-1', 'getWorkload', {}), v: 2 },
    });
    send(lms.wrap('relay', 's-1', envelope.request('r-2', 'acceptWork', { workId: '"><script>' })));
    send('not even an object');
    await settle();
    expect(toolkit.calls).toEqual([]);
    expect(dropLog.counts()).toEqual(
      jasmine.objectContaining({ version: 1, schema: 1, 'not-envelope': 1, recipient: 0 }),
    );
    // The relay's own hellos came back to it on the channel: counted apart, not acted on.
    expect(before).toBe(2);
  });

  it('answers console-mode-required outside a console app, without calling the toolkit', async () => {
    consoleApp = false;
    send(lms.welcome('s-1'));
    await settle();
    send(lms.wrap('relay', 's-1', envelope.request('r-1', 'setPresence', { statusId: ORG_STATUSES[0].statusId })));
    await settle();
    expect(softphone[1].envelope.payload).toEqual({ adapter: 'salesforce-lightning', consoleMode: false });
    expect(softphone[2].envelope.payload).toEqual({
      ok: false,
      error: jasmine.objectContaining({ code: 'console-mode-required' }),
    });
    expect(toolkit.calls).toEqual([]);
  });

  it('publishes nothing more once stopped (the utility item destroyed)', async () => {
    send(lms.welcome('s-1'));
    await settle();
    server.stop();
    const count = softphone.length;
    send(lms.wrap('relay', 's-1', envelope.heartbeat('ping', 'hb-1')));
    adapter.toolkitEvent('Logout', {});
    await settle();
    expect(softphone.length).toBe(count);
  });

  it('survives a message channel that refuses to publish', async () => {
    spyOn(console, 'error');
    const failing = new RelayServer({
      adapter,
      publish: () => {
        throw new Error('SOFTPHONE_CONTAINER_ERROR');
      },
      dropLog,
    });
    await expectAsync(failing.start()).toBeResolved();
    expect(console.error).toHaveBeenCalled();
  });
});
