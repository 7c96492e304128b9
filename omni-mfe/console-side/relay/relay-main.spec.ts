import { envelope } from '@shared/protocol/envelope';
import { lms, parseLmsMessage, type LmsMessage } from '@shared/protocol/message-service';
import { OmniToolkitDouble, ORG_STATUSES, omniEvent, settle } from '../adapters/testing/omni-toolkit-double';
import { startRelay, type RelayHandle, type RelayStartOptions } from './relay-main';
import type { RelayViewState } from './relay-view';
import { MessageServiceDouble } from './testing/message-service-double';

describe('relay-main (what the Aura utility item calls)', () => {
  let channel: MessageServiceDouble;
  let toolkit: OmniToolkitDouble;
  let relay: RelayHandle | null;
  let softphone: LmsMessage[];
  let opened: string[];

  const options = (over: Partial<RelayStartOptions> = {}): RelayStartOptions => ({
    toolkit,
    publish: (m) => channel.publish(m),
    isConsoleNavigation: () => Promise.resolve(true),
    openRecord: (id) => (opened.push(id), Promise.resolve()),
    statuses: () => Promise.resolve(ORG_STATUSES.map((s) => ({ ...s, channels: JSON.stringify(s.channels) }))),
    ...over,
  });

  beforeEach(() => {
    channel = new MessageServiceDouble();
    toolkit = new OmniToolkitDouble();
    softphone = [];
    opened = [];
    relay = null;
    channel.subscribe((m) => {
      const parsed = parseLmsMessage(m, 'softphone');
      if (parsed.ok) softphone.push(parsed.message);
    });
  });

  afterEach(() => relay?.stop());

  it('defines window.dcOmniRelay.start', () => {
    expect(window.dcOmniRelay?.start).toBe(startRelay);
  });

  it('refuses options it cannot use, saying which', () => {
    expect(() => startRelay({ ...options(), publish: undefined as never })).toThrowError(
      'dcOmniRelay.start: options.publish must be a function (see relay-main.ts).',
    );
    expect(() => startRelay(options({ toolkit: { logout: () => Promise.resolve(true) } as never }))).toThrowError(
      /options\.toolkit is not lightning:omniToolkitAPI \(no setServicePresenceStatus, /,
    );
  });

  it('carries a softphone session end to end: handshake, a request, an event, a record opened', async () => {
    relay = startRelay(options());
    channel.subscribe((m) => relay?.receive(m));
    await settle();
    channel.publish(lms.welcome('s-9'));
    await settle();
    channel.publish(
      lms.wrap(
        'relay',
        's-9',
        envelope.request('r-1', 'setPresence', { statusId: ORG_STATUSES[0].statusId.slice(0, 15) }),
      ),
    );
    await settle();
    channel.publish(
      lms.wrap('relay', 's-9', envelope.request('r-2', 'openRecord', { workItemId: '500000000000001AAA' })),
    );
    await settle();
    relay.toolkitEvent('StatusChanged', omniEvent.statusChanged(ORG_STATUSES[0], 'OmniToolkitStatusChange'));
    await settle();
    expect(softphone.map((m) => `${m.session} ${m.envelope.kind} ${m.envelope.type}`)).toEqual([
      'null hello hello',
      's-9 hello hello',
      's-9 response setPresence',
      's-9 response openRecord',
      's-9 event presenceChanged',
    ]);
    expect(softphone[2].envelope.payload).toEqual({
      ok: true,
      result: { ...ORG_STATUSES[0], channels: [...ORG_STATUSES[0].channels] },
    });
    expect(opened).toEqual(['500000000000001AAA']);
  });

  it("adds the shell's own work details, when it gives them, to the works it reads", async () => {
    toolkit.statusId = ORG_STATUSES[0].statusId;
    toolkit.works = [{ workItemId: '500000000000001AAA', workId: '0Bz000000000001AAA', isEngaged: false }];
    relay = startRelay(
      options({ workDetails: (id) => (id.startsWith('500') ? { label: 'Printer on fire', priority: 1 } : {}) }),
    );
    channel.subscribe((m) => relay?.receive(m));
    await settle();
    channel.publish(lms.welcome('s-2'));
    await settle();
    channel.publish(lms.wrap('relay', 's-2', envelope.request('r-1', 'getAgentWorks', {})));
    await settle();
    const response = softphone.find((m) => m.envelope.kind === 'response');
    expect(response?.envelope.payload).toEqual({
      ok: true,
      result: {
        works: [
          jasmine.objectContaining({
            workItemId: '500000000000001AAA',
            label: 'Printer on fire',
            priority: 1,
            type: 'Case',
          }),
        ],
      },
    });
  });

  it('stops the previous relay when started again (the component re-rendered)', async () => {
    const first = startRelay(options());
    relay = startRelay(options());
    await settle();
    first.receive(lms.welcome('s-1'));
    await settle();
    // Only the second relay announced itself, and the first one answers nothing any more.
    expect(softphone.map((m) => m.session)).toEqual([null]);
  });
  it('reports what its utility item shows: the softphone served, the last request, the problems', async () => {
    const reports: RelayViewState[] = [];
    let refuse = false;
    relay = startRelay(
      options({
        report: (state) => reports.push(state),
        publish: (m) => {
          if (refuse) throw new Error('SOFTPHONE_CONTAINER_ERROR');
          channel.publish(m);
        },
      }),
    );
    channel.subscribe((m) => relay?.receive(m));
    await settle();
    expect(reports).toEqual([]);
    channel.publish(lms.welcome('s-4'));
    await settle();
    channel.publish(lms.wrap('relay', 's-4', envelope.request('r-1', 'getPresence', {})));
    await settle();
    expect(reports.at(-1)).toEqual({ softphone: 's-4', lastMessage: 'request getPresence', problems: [] });
    refuse = true;
    channel.publish(lms.wrap('relay', 's-4', envelope.request('r-2', 'getWorkload', {})));
    channel.publish({ proto: 'something else' });
    await settle();
    expect(reports.at(-1)?.lastMessage).toBe('request getWorkload');
    expect(reports.at(-1)?.problems).toEqual([
      jasmine.stringMatching(/^The message channel refused a message: SOFTPHONE_CONTAINER_ERROR/),
      jasmine.stringMatching(/^Dropped a message \(/),
    ]);
  });
});
