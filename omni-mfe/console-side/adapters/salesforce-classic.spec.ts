import type { OmniEvent } from '@shared/protocol/events.schema';
import { SalesforceClassicAdapter } from './salesforce-classic';
import { SforceDouble, settle } from './testing/sforce-double';

describe('SalesforceClassicAdapter (against a double of sforce.console)', () => {
  const cases = { channelId: '0N9000000000001', developerName: 'Cases' };
  const available = {
    statusId: '0N5000000000001',
    statusName: 'Available',
    statusApiName: 'Available',
    channels: [cases],
  };
  const busy = { statusId: '0N5000000000003', statusName: 'Busy', statusApiName: 'Busy', channels: [] };
  let sforce: SforceDouble;
  let adapter: SalesforceClassicAdapter;
  let events: OmniEvent[];

  beforeEach(() => {
    sforce = new SforceDouble();
    adapter = new SalesforceClassicAdapter(sforce.console, { statuses: () => [available, busy] });
    events = [];
    adapter.subscribe((e) => events.push(e));
  });

  afterEach(() => adapter.dispose());

  it('sets the presence status and reads channels given as a JSON string', async () => {
    sforce.answers.set('setServicePresenceStatus', {
      success: true,
      statusId: available.statusId,
      statusName: 'Available',
      statusApiName: 'Available',
      channels: JSON.stringify([cases]),
    });
    expect(await adapter.call('setPresence', { statusId: available.statusId })).toEqual(available);
    expect(sforce.calls).toEqual([{ method: 'setServicePresenceStatus', args: [available.statusId] }]);
  });

  it('reads channels given as an array (older orgs) too', async () => {
    sforce.answers.set('setServicePresenceStatus', {
      success: true,
      statusId: available.statusId,
      statusName: 'Available',
      statusApiName: 'Available',
      channels: [cases],
    });
    expect((await adapter.call('setPresence', { statusId: available.statusId })).channels).toEqual([cases]);
  });

  it('turns success: false into a console error that names the method', async () => {
    sforce.answers.set('acceptAgentWork', { success: false });
    await expectAsync(adapter.call('acceptWork', { workId: '0Bz000000000001' })).toBeRejectedWith(
      jasmine.objectContaining({ code: 'console', message: 'The Salesforce console refused acceptAgentWork.' }),
    );
  });

  it('reads the presence: logged out when no status id, otherwise id, names and channels', async () => {
    sforce.answers.set('getServicePresenceStatusId', { success: false });
    expect(await adapter.call('getPresence', {})).toEqual({ loggedIn: false, status: null });
    sforce.answers.set('getServicePresenceStatusId', { success: true, statusId: available.statusId });
    sforce.answers.set('getServicePresenceStatusChannels', { success: true, channels: JSON.stringify([cases]) });
    expect(await adapter.call('getPresence', {})).toEqual({ loggedIn: true, status: available });
  });

  it('reads works given as a JSON string, with the type from the record id prefix', async () => {
    sforce.answers.set('getAgentWorks', {
      success: true,
      works: JSON.stringify([
        { workId: '0Bz000000000001', workItemId: '500000000000001', isEngaged: false },
        { workId: '0Bz000000000002', workItemId: '00Q000000000002', isEngaged: true },
        { workId: '0Bz000000000003', workItemId: '570000000000003', isEngaged: false },
      ]),
    });
    const { works } = await adapter.call('getAgentWorks', {});
    expect(works.map((w) => [w.type, w.status, w.isEngaged])).toEqual([
      ['Case', 'Assigned', false],
      ['Lead', 'Opened', true],
      ['Chat', 'Assigned', false],
    ]);
  });

  it('passes decline reasons, closes, reads the workload and opens records in a primary tab', async () => {
    await adapter.call('declineWork', { workId: '0Bz000000000001', reason: 'Busy with a call' });
    await adapter.call('closeWork', { workId: '0Bz000000000002' });
    sforce.answers.set('getAgentWorkload', { success: true, configuredCapacity: 10, currentWorkload: 4 });
    expect(await adapter.call('getWorkload', {})).toEqual({ configuredCapacity: 10, currentWorkload: 4 });
    await adapter.call('openRecord', { workItemId: '500000000000001' });
    expect(sforce.calls.map((c) => [c.method, ...c.args])).toEqual([
      ['declineAgentWork', '0Bz000000000001', 'Busy with a call'],
      ['closeAgentWork', '0Bz000000000002'],
      ['getAgentWorkload'],
      ['openPrimaryTab', null, '/500000000000001', true, undefined],
    ]);
  });

  it("relays the presence events in order, with WORKLOAD_CHANGED's capitalised keys", async () => {
    sforce.fire('LOGIN_SUCCESS', { statusId: available.statusId });
    sforce.fire('STATUS_CHANGED', {
      statusId: available.statusId,
      statusName: 'Available',
      statusApiName: 'Available',
      channels: JSON.stringify([cases]),
    });
    sforce.fire('WORK_ASSIGNED', { workItemId: '500000000000001', workId: '0Bz000000000001' });
    sforce.fire('WORKLOAD_CHANGED', { ConfiguredCapacity: 10, PreviousWorkload: 0, NewWorkload: 2 });
    sforce.fire('WORK_ACCEPTED', { workItemId: '500000000000001', workId: '0Bz000000000001' });
    sforce.fire('WORK_CLOSED', { workItemId: '500000000000001', workId: '0Bz000000000001' });
    sforce.fire('SFDC_LOGOUT');
    await settle();
    expect(events).toEqual([
      { type: 'loggedIn', payload: { status: available } },
      { type: 'presenceChanged', payload: available },
      {
        type: 'workAssigned',
        payload: {
          type: 'Case',
          status: 'Assigned',
          workId: '0Bz000000000001',
          workItemId: '500000000000001',
          isEngaged: false,
        },
      },
      { type: 'workloadChanged', payload: { configuredCapacity: 10, previousWorkload: 0, newWorkload: 2 } },
      { type: 'workAccepted', payload: { workId: '0Bz000000000001', workItemId: '500000000000001' } },
      { type: 'workClosed', payload: { workId: '0Bz000000000001', workItemId: '500000000000001' } },
      { type: 'loggedOut', payload: {} },
    ]);
  });

  it('says which change came while its own call for that status was in flight, and nothing more', async () => {
    sforce.answers.set('setServicePresenceStatus', { success: true, ...busy, channels: '[]' });
    const call = adapter.call('setPresence', { statusId: busy.statusId });
    sforce.fire('STATUS_CHANGED', { ...busy, channels: '[]' });
    sforce.fire('STATUS_CHANGED', { ...available, channels: JSON.stringify([cases]) });
    await call;
    // Right after the answer (the old echo window would have called it ours): no fact.
    sforce.fire('STATUS_CHANGED', { ...busy, channels: '[]' });
    const logout = adapter.call('logout', {});
    sforce.fire('LOGOUT');
    await logout;
    await settle();
    expect(
      events.map((e) => (e.type === 'presenceChanged' ? `${e.payload.statusApiName} ${e.payload.duringOwnCall}` : e)),
    ).toEqual([
      'Busy true',
      'Available undefined',
      'Busy undefined',
      { type: 'loggedOut', payload: { duringOwnCall: true } },
    ]);
  });

  it('reports a push timeout: an assigned item gone with the workload, and the status change after it', async () => {
    sforce.fire('WORK_ASSIGNED', { workItemId: '570000000000009', workId: '0Bz000000000009' });
    await settle();
    sforce.answers.set('getAgentWorks', { success: true, works: '[]' });
    sforce.fire('WORKLOAD_CHANGED', { ConfiguredCapacity: 10, PreviousWorkload: 2, NewWorkload: 0 });
    sforce.fire('STATUS_CHANGED', { ...busy, channels: '[]' });
    sforce.fire('STATUS_CHANGED', { ...available, channels: JSON.stringify([cases]) });
    await settle();
    expect(events.slice(1)).toEqual([
      { type: 'pushTimeout', payload: { workId: '0Bz000000000009', workItemId: '570000000000009' } },
      { type: 'workloadChanged', payload: { configuredCapacity: 10, previousWorkload: 2, newWorkload: 0 } },
      { type: 'presenceChanged', payload: { ...busy, reason: 'OmniPushTimeout' } },
      { type: 'presenceChanged', payload: available },
    ]);
  });

  it('a bridge page started after an item was assigned reports its push timeout, once the works were read', async () => {
    // This page never saw WORK_ASSIGNED: the item was offered before a reload. omni-mfe reads the works.
    sforce.answers.set('getAgentWorks', {
      success: true,
      works: JSON.stringify([
        { workItemId: '570000000000009', workId: '0Bz000000000009', isEngaged: false },
        { workItemId: '500000000000007', workId: '0Bz000000000007', isEngaged: true },
      ]),
    });
    await adapter.call('getAgentWorks', {});
    sforce.answers.set('getAgentWorks', {
      success: true,
      works: JSON.stringify([{ workItemId: '500000000000007', workId: '0Bz000000000007', isEngaged: true }]),
    });
    sforce.fire('WORKLOAD_CHANGED', { ConfiguredCapacity: 10, PreviousWorkload: 3, NewWorkload: 1 });
    await settle();
    expect(events).toEqual([
      { type: 'pushTimeout', payload: { workId: '0Bz000000000009', workItemId: '570000000000009' } },
      { type: 'workloadChanged', payload: { configuredCapacity: 10, previousWorkload: 3, newWorkload: 1 } },
    ]);
  });

  it('does not mistake a decline for a push timeout', async () => {
    sforce.fire('WORK_ASSIGNED', { workItemId: '570000000000009', workId: '0Bz000000000009' });
    sforce.fire('WORK_DECLINED', { workItemId: '570000000000009', workId: '0Bz000000000009' });
    sforce.fire('WORKLOAD_CHANGED', { ConfiguredCapacity: 10, PreviousWorkload: 2, NewWorkload: 0 });
    await settle();
    expect(events.map((e) => e.type)).toEqual(['workAssigned', 'workDeclined', 'workloadChanged']);
    expect(sforce.calls.some((c) => c.method === 'getAgentWorks')).toBeFalse();
  });

  it('reads the status names getServicePresenceStatusId gives, before the configured ones', async () => {
    sforce.answers.set('getServicePresenceStatusId', {
      success: true,
      statusId: available.statusId,
      statusName: 'Available (renamed)',
      statusApiName: 'Available',
    });
    sforce.answers.set('getServicePresenceStatusChannels', { success: true, channels: JSON.stringify([cases]) });
    expect(await adapter.call('getPresence', {})).toEqual({
      loggedIn: true,
      status: { ...available, statusName: 'Available (renamed)' },
    });
  });

  it('tolerates numbers that arrive as strings, and ids that arrive as numbers', async () => {
    sforce.answers.set('getAgentWorkload', {
      success: true,
      configuredCapacity: '10',
      currentWorkload: '4',
      configuredInterruptibleCapacity: '2',
      currentInterruptibleWorkload: 0,
    });
    expect(await adapter.call('getWorkload', {})).toEqual({
      configuredCapacity: 10,
      currentWorkload: 4,
      configuredInterruptibleCapacity: 2,
      currentInterruptibleWorkload: 0,
    });
    sforce.answers.set('getAgentWorks', {
      success: true,
      works: JSON.stringify([{ workId: '0Bz000000000001', workItemId: 500000000000001, isEngaged: 'false' }]),
    });
    expect((await adapter.call('getAgentWorks', {})).works.map((w) => [w.workItemId, w.isEngaged, w.status])).toEqual([
      ['500000000000001', false, 'Assigned'],
    ]);
    sforce.fire('WORKLOAD_CHANGED', { ConfiguredCapacity: '10', PreviousWorkload: '0', NewWorkload: '2' });
    await settle();
    expect(events).toEqual([
      { type: 'workloadChanged', payload: { configuredCapacity: 10, previousWorkload: 0, newWorkload: 2 } },
    ]);
  });

  it('refuses what it cannot read: an empty number, and success given as "false"', async () => {
    sforce.answers.set('getAgentWorkload', { success: true, configuredCapacity: '', currentWorkload: 4 });
    await expectAsync(adapter.call('getWorkload', {})).toBeRejectedWith(
      jasmine.objectContaining({ code: 'invalid-response' }),
    );
    sforce.answers.set('closeAgentWork', { success: 'false' as never });
    await expectAsync(adapter.call('closeWork', { workId: '0Bz000000000001' })).toBeRejectedWith(
      jasmine.objectContaining({ code: 'console' }),
    );
  });

  it('knows console mode from isInConsole, and removes its listeners when disposed', () => {
    expect(adapter.isConsoleMode()).toBeTrue();
    sforce.inConsole = false;
    expect(adapter.isConsoleMode()).toBeFalse();
    expect(sforce.listenerCount()).toBe(9);
    adapter.dispose();
    expect(sforce.listenerCount()).toBe(0);
  });

  it('refuses flags: the Classic console has none', async () => {
    await expectAsync(adapter.call('raiseFlag', { workId: '0Bz000000000001', message: 'Help' })).toBeRejectedWith(
      jasmine.objectContaining({ code: 'bad-request', message: 'Classic has no work-item flags.' }),
    );
    await expectAsync(adapter.call('lowerFlag', { workId: '0Bz000000000001' })).toBeRejectedWith(
      jasmine.objectContaining({ code: 'bad-request' }),
    );
  });
});
