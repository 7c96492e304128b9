import { LOGOUT_REASONS, type OmniEvent } from '@shared/protocol/events.schema';
import { SalesforceLightningAdapter } from './salesforce-lightning';
import { OmniToolkitDouble, ORG_STATUSES, omniEvent, settle, type OrgStatus } from './testing/omni-toolkit-double';

describe('SalesforceLightningAdapter (against a double of lightning:omniToolkitAPI)', () => {
  const [AVAILABLE, BUSY] = ORG_STATUSES;
  const asBridge = (s: OrgStatus) => ({ ...s, channels: [...s.channels] });
  let toolkit: OmniToolkitDouble;
  let adapter: SalesforceLightningAdapter;
  let events: OmniEvent[];
  let opened: string[];
  let orgList: unknown[];

  beforeEach(async () => {
    toolkit = new OmniToolkitDouble();
    opened = [];
    // The Apex method gives 18-character ids, channels as a JSON string for one of them.
    orgList = [{ ...AVAILABLE, channels: JSON.stringify(AVAILABLE.channels) }, BUSY];
    adapter = new SalesforceLightningAdapter({
      toolkit,
      isConsoleNavigation: () => Promise.resolve(true),
      openRecord: (id) => (opened.push(id), Promise.resolve()),
      statuses: () => Promise.resolve(orgList),
    });
    events = [];
    adapter.subscribe((e) => events.push(e));
    await adapter.refreshConsoleMode();
  });

  afterEach(() => adapter.dispose());

  it('serves the request table with the documented calls, one object each', async () => {
    expect(await adapter.call('setPresence', { statusId: AVAILABLE.statusId })).toEqual(asBridge(AVAILABLE));
    expect(await adapter.call('getPresence', {})).toEqual({ loggedIn: true, status: asBridge(AVAILABLE) });
    expect(await adapter.call('getStatuses', {})).toEqual({ statuses: [asBridge(AVAILABLE), asBridge(BUSY)] });
    toolkit.works = [{ workId: '0Bz000000000001AAA', workItemId: '500000000000001AAA', isEngaged: true }];
    expect((await adapter.call('getAgentWorks', {})).works).toEqual([
      {
        type: 'Case',
        status: 'Opened',
        workId: '0Bz000000000001AAA',
        workItemId: '500000000000001AAA',
        isEngaged: true,
      },
    ]);
    await adapter.call('acceptWork', { workId: '0Bz000000000001AAA' });
    await adapter.call('declineWork', { workId: '0Bz000000000002AAA', reason: 'Busy with a call' });
    await adapter.call('declineWork', { workId: '0Bz000000000003AAA' });
    await adapter.call('closeWork', { workId: '0Bz000000000001AAA' });
    expect(await adapter.call('getWorkload', {})).toEqual({
      configuredCapacity: 10,
      currentWorkload: 0,
      configuredInterruptibleCapacity: 4,
      currentInterruptibleWorkload: 0,
    });
    await adapter.call('openRecord', { workItemId: '500000000000001AAA' });
    await adapter.call('logout', {});
    expect(toolkit.calls.map((c) => [c.method, ...c.args])).toEqual([
      ['setServicePresenceStatus', { statusId: '0N5000000000001' }],
      ['getServicePresenceStatusId'],
      ['getServicePresenceStatusChannels'],
      ['getAgentWorks'],
      ['acceptAgentWork', { workId: '0Bz000000000001AAA' }],
      ['declineAgentWork', { workId: '0Bz000000000002AAA', declineReason: 'Busy with a call' }],
      ['declineAgentWork', { workId: '0Bz000000000003AAA' }],
      ['closeAgentWork', { workId: '0Bz000000000001AAA' }],
      ['getAgentWorkload'],
      ['logout'],
    ]);
    expect(opened).toEqual(['500000000000001AAA']);
  });

  it('does not serve login: the protocol logs in through setPresence', async () => {
    await expectAsync(adapter.call('login' as never, { statusId: AVAILABLE.statusId } as never)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'bad-request' }),
    );
    expect(toolkit.calls).toEqual([]);
  });

  it('reads logged out from a rejected getServicePresenceStatusId', async () => {
    expect(await adapter.call('getPresence', {})).toEqual({ loggedIn: false, status: null });
  });

  it('reads works as the documented bare array too, and numbers that arrive as strings', async () => {
    toolkit.worksShape = 'array';
    toolkit.works = [{ workId: '0Bz000000000001AAA', workItemId: '00Q000000000002AAA', isEngaged: 'false' as never }];
    expect((await adapter.call('getAgentWorks', {})).works.map((w) => [w.type, w.status, w.isEngaged])).toEqual([
      ['Lead', 'Assigned', false],
    ]);
    toolkit.workload = {
      configuredCapacity: '10',
      currentWorkload: '2.5',
      configuredInterruptibleCapacity: '4',
      currentInterruptibleWorkload: '1',
    };
    expect(await adapter.call('getWorkload', {})).toEqual({
      configuredCapacity: 10,
      currentWorkload: 2.5,
      configuredInterruptibleCapacity: 4,
      currentInterruptibleWorkload: 1,
    });
    toolkit.workload = { configuredCapacity: '', currentWorkload: 1 };
    await expectAsync(adapter.call('getWorkload', {})).toBeRejectedWith(
      jasmine.objectContaining({
        code: 'invalid-response',
        message: 'The Salesforce console sent a capacity omni-mfe cannot read.',
      }),
    );
  });

  it('turns a rejection or a resolved false into a console error that names the method', async () => {
    toolkit.refuseNext('acceptAgentWork', { message: 'Work is no longer assigned.' });
    await expectAsync(adapter.call('acceptWork', { workId: '0Bz000000000001AAA' })).toBeRejectedWith(
      jasmine.objectContaining({
        code: 'console',
        message: 'The Salesforce console refused acceptAgentWork: Work is no longer assigned.',
      }),
    );
    toolkit.refuseNext('closeAgentWork', false);
    await expectAsync(adapter.call('closeWork', { workId: '0Bz000000000001AAA' })).toBeRejectedWith(
      jasmine.objectContaining({ code: 'console', message: 'The Salesforce console refused closeAgentWork.' }),
    );
  });

  it("compares status ids by their 15-character prefix and reports the org list's form", async () => {
    adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(BUSY, 'OmniManualStatusChange', 15));
    adapter.toolkitEvent('LoginSuccess', { statusId: AVAILABLE.statusId.slice(0, 15) });
    await settle();
    expect(events).toEqual([
      { type: 'presenceChanged', payload: { ...asBridge(BUSY), reason: 'OmniManualStatusChange' } },
      { type: 'loggedIn', payload: { status: asBridge(AVAILABLE) } },
    ]);
    // And the reverse: an org list of 15-character ids, events of 18.
    orgList = ORG_STATUSES.map((s) => ({ ...s, statusId: s.statusId.slice(0, 15) }));
    await adapter.call('getStatuses', {});
    adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(BUSY, undefined, 18));
    await settle();
    expect(events[2]).toEqual({
      type: 'presenceChanged',
      payload: { ...asBridge(BUSY), statusId: '0N5000000000003' },
    });
  });

  it("passes the org's reason through, and an unknown reason as Unknown", async () => {
    for (const reason of [
      'OmniToolkitStatusChange',
      'OmniDeclineWork',
      'OmniSupervisorStatusChange',
      'OmniLoginStatusChange',
      'SomethingNew',
    ]) {
      adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(BUSY, reason));
    }
    await settle();
    expect(events.map((e) => e.type === 'presenceChanged' && e.payload.reason)).toEqual([
      'OmniToolkitStatusChange',
      'OmniDeclineWork',
      'OmniSupervisorStatusChange',
      'OmniLoginStatusChange',
      'Unknown',
    ]);
  });

  it('reports a change that came while its own call for that status was in flight, as a fact, with no time window', async () => {
    const call = adapter.call('setPresence', { statusId: BUSY.statusId });
    adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(BUSY, undefined, 15));
    adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(AVAILABLE, 'OmniLoginStatusChange'));
    await call;
    // Right after the answer (the old echo window would still have called it ours): no fact.
    adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(BUSY, 'OmniToolkitStatusChange'));
    await settle();
    expect(events.map((e) => e.type === 'presenceChanged' && [e.payload.reason, e.payload.duringOwnCall])).toEqual([
      [undefined, true],
      ['OmniLoginStatusChange', undefined],
      ['OmniToolkitStatusChange', undefined],
    ]);
  });

  it('passes a login reason through, with the fact that our own call was in flight', async () => {
    const call = adapter.call('setPresence', { statusId: AVAILABLE.statusId });
    adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(AVAILABLE, 'OmniLoginStatusChange'));
    await call;
    await settle();
    expect(events.map((e) => e.type === 'presenceChanged' && [e.payload.reason, e.payload.duringOwnCall])).toEqual([
      ['OmniLoginStatusChange', true],
    ]);
  });

  it('reports a push timeout: OmniPushTimeout, or the workload dropping with an item assigned that vanished', async () => {
    adapter.toolkitEvent('WorkAssigned', omniEvent.work('0Bz000000000009AAA', '570000000000009AAA'));
    adapter.toolkitEvent('WorkAssigned', omniEvent.work('0Bz000000000008AAA', '500000000000008AAA'));
    await settle();
    toolkit.works = [{ workId: '0Bz000000000008AAA', workItemId: '500000000000008AAA', isEngaged: false }];
    adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(BUSY, 'OmniPushTimeout'));
    await settle();
    toolkit.works = [];
    adapter.toolkitEvent('WorkloadChanged', omniEvent.workload(4, 0));
    adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(AVAILABLE));
    await settle();
    expect(events.slice(2)).toEqual([
      { type: 'pushTimeout', payload: { workId: '0Bz000000000009AAA', workItemId: '570000000000009AAA' } },
      { type: 'presenceChanged', payload: { ...asBridge(BUSY), reason: 'OmniPushTimeout' } },
      { type: 'pushTimeout', payload: { workId: '0Bz000000000008AAA', workItemId: '500000000000008AAA' } },
      { type: 'workloadChanged', payload: { configuredCapacity: 10, previousWorkload: 4, newWorkload: 0 } },
      { type: 'presenceChanged', payload: { ...asBridge(AVAILABLE), reason: 'OmniPushTimeout' } },
    ]);
  });

  it('a (re)started relay learns the assigned items from a read, so their push timeouts are still reported', async () => {
    // Routed before this relay started: it saw no WorkAssigned, only the softphone's read after the handshake.
    toolkit.works = [
      { workId: '0Bz000000000007AAA', workItemId: '500000000000007AAA', isEngaged: false },
      { workId: '0Bz000000000006AAA', workItemId: '500000000000006AAA', isEngaged: true },
      { workId: '0Bz000000000005AAA', workItemId: '500000000000005AAA', isEngaged: false },
    ];
    // One of them is declined while the read is on its way: the read must not bring it back.
    adapter.toolkitEvent('WorkDeclined', omniEvent.work('0Bz000000000005AAA', '500000000000005AAA'));
    await settle();
    await adapter.call('getAgentWorks', {});
    toolkit.works = [{ workId: '0Bz000000000006AAA', workItemId: '500000000000006AAA', isEngaged: true }];
    adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(BUSY, 'OmniPushTimeout'));
    await settle();
    expect(events.filter((e) => e.type === 'pushTimeout')).toEqual([
      { type: 'pushTimeout', payload: { workId: '0Bz000000000007AAA', workItemId: '500000000000007AAA' } },
    ]);
  });

  it('does not mistake a decline for a push timeout, and relays the interruptible workload', async () => {
    adapter.toolkitEvent('WorkAssigned', omniEvent.work('0Bz000000000009AAA', '570000000000009AAA'));
    adapter.toolkitEvent('WorkDeclined', omniEvent.work('0Bz000000000009AAA', '570000000000009AAA'));
    adapter.toolkitEvent('WorkloadChanged', { ...omniEvent.workload(0, 0, [2, 0]), previousWorkload: '0' });
    await settle();
    expect(events.map((e) => e.type)).toEqual(['workAssigned', 'workDeclined', 'workloadChanged']);
    expect(events[2].payload).toEqual({
      configuredCapacity: 10,
      previousWorkload: 0,
      newWorkload: 0,
      configuredInterruptibleCapacity: 4,
      previousInterruptibleWorkload: 2,
      newInterruptibleWorkload: 0,
    });
    expect(toolkit.calls.some((c) => c.method === 'getAgentWorks')).toBeFalse();
  });

  it('passes logout reasons through loggedOut.reason; our own logout says it came during our call', async () => {
    for (const reason of LOGOUT_REASONS) adapter.toolkitEvent('Logout', { reason });
    adapter.toolkitEvent('Logout', {});
    adapter.toolkitEvent('LoginSuccess', { statusId: AVAILABLE.statusId });
    await settle();
    const call = adapter.call('logout', {});
    adapter.toolkitEvent('Logout', undefined);
    await call;
    await settle();
    expect(events.flatMap((e) => (e.type === 'loggedOut' ? [e.payload] : []))).toEqual([
      ...LOGOUT_REASONS.map((reason) => ({ reason })),
      {},
      { duringOwnCall: true },
    ]);
  });

  it('shows a connection error in words, whatever shape the error object has', async () => {
    adapter.toolkitEvent('ConnectionError', { error: { message: 'Network unreachable' } });
    adapter.toolkitEvent('ConnectionError', { error: 'Timed out' });
    adapter.toolkitEvent('ConnectionError', {});
    await settle();
    expect(events.map((e) => e.type === 'connectionError' && e.payload.message)).toEqual([
      'Network unreachable',
      'Timed out',
      'Omni-Channel lost its connection to Salesforce.',
    ]);
  });

  it('drops events it cannot read or does not know, and goes on with the next (full event names taken too)', async () => {
    spyOn(console, 'error');
    spyOn(console, 'warn');
    adapter.toolkitEvent('WorkloadChanged', { configuredCapacity: 10, previousWorkload: 'lots', newWorkload: 1 });
    adapter.toolkitEvent('WorkTransferred', { workId: '0Bz000000000001AAA' });
    adapter.toolkitEvent('WorkFlagUpdated', { workId: '0Bz000000000001AAA' });
    adapter.toolkitEvent('WorkAccepted', omniEvent.work('0Bz000000000001AAA', '500000000000001AAA'));
    adapter.toolkitEvent('lightning:omniChannelWorkClosed', omniEvent.work('0Bz000000000001AAA', '500000000000001AAA'));
    await settle();
    expect(events).toEqual([
      { type: 'workAccepted', payload: { workId: '0Bz000000000001AAA', workItemId: '500000000000001AAA' } },
      { type: 'workClosed', payload: { workId: '0Bz000000000001AAA', workItemId: '500000000000001AAA' } },
    ]);
    expect(console.error).toHaveBeenCalledTimes(2);
    expect(console.warn).toHaveBeenCalledTimes(1);
  });

  it('raises and lowers flags through the toolkit, and relays WorkFlagUpdated with who changed it', async () => {
    const workId = '0Bz000000000001AAA';
    await adapter.call('raiseFlag', { workId, message: 'Need help' });
    expect(toolkit.flags.get(workId)).toBe('Need help');
    await adapter.call('lowerFlag', { workId });
    // Lowering a flag that is no longer up resolves false: the flag is down either way.
    await adapter.call('lowerFlag', { workId });
    toolkit.refuseNext('raiseAgentWorkFlag', false);
    await expectAsync(adapter.call('raiseFlag', { workId, message: 'Again' })).toBeRejectedWith(
      jasmine.objectContaining({ code: 'console', message: 'The Salesforce console refused raiseAgentWorkFlag.' }),
    );
    adapter.toolkitEvent('WorkFlagUpdated', {
      workId,
      isFlagged: false,
      roleUpdatedBy: 'SUPERVISOR',
      updatedBy: '005x',
    });
    adapter.toolkitEvent('WorkFlagUpdated', { workId, isFlagged: 'true', message: 'Hi', roleUpdatedBy: 'AGENT' });
    await settle();
    expect(events).toEqual([
      { type: 'workFlagChanged', payload: { workId, isFlagged: false, role: 'SUPERVISOR' } },
      { type: 'workFlagChanged', payload: { workId, isFlagged: true, message: 'Hi', role: 'AGENT' } },
    ]);
  });

  it('knows console mode from the workspace API; a failure means not a console app', async () => {
    expect(adapter.isConsoleMode()).toBeTrue();
    const standard = new SalesforceLightningAdapter({
      toolkit,
      isConsoleNavigation: () => Promise.reject(new Error('no workspace')),
      openRecord: () => Promise.resolve(),
      statuses: () => Promise.resolve([]),
    });
    expect(await standard.refreshConsoleMode()).toBeFalse();
    expect(standard.isConsoleMode()).toBeFalse();
  });

  it('drops org statuses it cannot read, keeps the rest', async () => {
    spyOn(console, 'warn');
    orgList = [AVAILABLE, { statusId: '"><img>', statusName: 'x', statusApiName: 'x' }, null];
    expect((await adapter.call('getStatuses', {})).statuses).toEqual([asBridge(AVAILABLE)]);
    expect(console.warn).toHaveBeenCalledWith(jasmine.stringMatching(/dropped 2 presence status/));
  });
});
