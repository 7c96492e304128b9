import { OmniModel } from './omni-model';
import { SimRefusal } from './omni-records';
import { DEFAULT_ORG, type OrgConfig } from './org-config';

describe('OmniModel (simulated Omni-Channel)', () => {
  const [AVAILABLE, CASES_ONLY, BUSY] = DEFAULT_ORG.statuses.map((s) => s.statusId);
  let now: number;
  let model: OmniModel;
  const make = (config: Partial<OrgConfig> = {}) => new OmniModel({ ...DEFAULT_ORG, ...config }, () => now);
  const route = (type: 'Case' | 'Lead' | 'Chat', priority = 1, capacityWeight = 2, subject = `${type} ${priority}`) =>
    model.route({ type, subject, priority, capacityWeight });

  beforeEach(() => {
    now = 1_000;
    model = make();
  });

  it('logs in on the first status: LOGIN_SUCCESS then STATUS_CHANGED with channels as a JSON string', () => {
    const events = model.setStatus(AVAILABLE);
    expect(events.map((e) => e.name)).toEqual(['LOGIN_SUCCESS', 'STATUS_CHANGED']);
    expect(events[1].payload).toEqual(
      jasmine.objectContaining({
        statusApiName: 'Available',
        channels: JSON.stringify(DEFAULT_ORG.statuses[0].channels),
      }),
    );
    expect(model.setStatus(BUSY).map((e) => e.name)).toEqual(['STATUS_CHANGED']);
  });

  it('routes nothing while the agent is offline or away, and queues it', () => {
    route('Case');
    model.setStatus(BUSY);
    expect(model.queue.length).toBe(1);
    expect(model.currentWork).toEqual([]);
  });

  it('routes by priority first, then first in first out', () => {
    const a = route('Case', 2).workItemId;
    const b = route('Case', 1).workItemId;
    const c = route('Case', 2).workItemId;
    const events = model.setStatus(AVAILABLE);
    expect(
      events.filter((e) => e.name === 'WORK_ASSIGNED').map((e) => (e.payload as { workItemId: string }).workItemId),
    ).toEqual([b, a, c]);
  });

  it("routes only the channels of the agent's status", () => {
    model.setStatus(CASES_ONLY);
    route('Chat');
    const kase = route('Case').workItemId;
    expect(model.currentWork.map((w) => w.workItemId)).toEqual([kase]);
    expect(model.queue.map((q) => q.type)).toEqual(['Chat']);
  });

  it('stays within capacity, and routes the waiting item when capacity frees up', () => {
    model = make({ capacity: 5 });
    model.setStatus(AVAILABLE);
    const first = route('Case', 1, 3).workItemId;
    const second = route('Case', 1, 3).workItemId;
    const small = route('Lead', 1, 2).workItemId;
    expect(model.currentWork.map((w) => w.workItemId)).toEqual([first, small]);
    expect(model.workload).toBe(5);
    model.accept(model.currentWork[0].workId);
    const events = model.close(model.currentWork[0].workId);
    expect(events.map((e) => e.name)).toEqual(['WORK_CLOSED', 'WORKLOAD_CHANGED', 'WORK_ASSIGNED', 'WORKLOAD_CHANGED']);
    expect(model.currentWork.map((w) => w.workItemId)).toEqual([small, second]);
  });

  it('fires WORK_ASSIGNED then WORKLOAD_CHANGED with the capitalised keys', () => {
    model.setStatus(AVAILABLE);
    const { events } = route('Case', 1, 2);
    expect(events).toEqual([
      {
        name: 'WORK_ASSIGNED',
        payload: {
          workItemId: jasmine.stringMatching(/^500/) as never,
          workId: jasmine.stringMatching(/^0Bz/) as never,
        },
      },
      { name: 'WORKLOAD_CHANGED', payload: { ConfiguredCapacity: 10, PreviousWorkload: 0, NewWorkload: 2 } },
    ]);
  });

  it('accepts an assigned item only once', () => {
    model.setStatus(AVAILABLE);
    route('Case');
    const workId = model.currentWork[0].workId;
    expect(model.accept(workId).map((e) => e.name)).toEqual(['WORK_ACCEPTED']);
    expect(model.agentWork[0].status).toBe('Opened');
    expect(() => model.accept(workId)).toThrowError(SimRefusal, /is Opened/);
  });

  it('requires a decline reason when configured, records it, and does not offer the item to the agent again', () => {
    model.setStatus(AVAILABLE);
    route('Chat');
    const workId = model.currentWork[0].workId;
    expect(() => model.decline(workId, undefined)).toThrowError(SimRefusal, 'A decline reason is required.');
    expect(model.decline(workId, 'Busy with a call').map((e) => e.name)).toEqual(['WORK_DECLINED', 'WORKLOAD_CHANGED']);
    expect(model.agentWork[0]).toEqual(
      jasmine.objectContaining({ status: 'Declined', declineReason: 'Busy with a call' }),
    );
    expect(model.queue).toEqual([jasmine.objectContaining({ type: 'Chat', refusedByAgent: true })]);
    expect(model.currentWork).toEqual([]);
  });

  it('withdraws an unanswered item at its push deadline and moves the agent to the on-timeout status', () => {
    model = make({ pushTimeoutMs: 5000 });
    model.setStatus(AVAILABLE);
    route('Case');
    now += 4999;
    expect(model.tick()).toEqual([]);
    now += 1;
    const events = model.tick();
    expect(events.map((e) => e.name)).toEqual(['WORKLOAD_CHANGED', 'STATUS_CHANGED']);
    expect(events[1].payload).toEqual(jasmine.objectContaining({ statusApiName: 'Busy' }));
    expect(model.agentWork[0].status).toBe('DeclinedOnPushTimeout');
    expect(model.status?.statusApiName).toBe('Busy');
  });

  it('does not time out accepted work', () => {
    model = make({ pushTimeoutMs: 10 });
    model.setStatus(AVAILABLE);
    route('Case');
    model.accept(model.currentWork[0].workId);
    now += 1000;
    expect(model.tick()).toEqual([]);
  });

  it('on logout makes assigned items Unavailable and queues them again; opened work stays', () => {
    model.setStatus(AVAILABLE);
    route('Case');
    route('Lead');
    model.accept(model.currentWork[0].workId);
    expect(model.logout().map((e) => e.name)).toEqual(['LOGOUT', 'WORKLOAD_CHANGED']);
    expect(model.agentWork.map((w) => w.status)).toEqual(['Opened', 'Unavailable']);
    expect(model.queue.map((q) => q.type)).toEqual(['Lead']);
    expect(model.status).toBeNull();
  });

  it('fires WORKLOAD_CHANGED to 0 when the agent goes offline with opened work, and back on logging in', () => {
    model.setStatus(AVAILABLE);
    route('Case', 1, 3);
    model.accept(model.currentWork[0].workId);
    expect(model.logout()).toEqual([
      { name: 'LOGOUT', payload: {} },
      { name: 'WORKLOAD_CHANGED', payload: { ConfiguredCapacity: 10, PreviousWorkload: 3, NewWorkload: 0 } },
    ]);
    expect(model.workload).toBe(0);
    expect(model.setStatus(BUSY).map((e) => e.name)).toEqual(['LOGIN_SUCCESS', 'STATUS_CHANGED', 'WORKLOAD_CHANGED']);
    expect(model.workload).toBe(3);
  });

  it('fires WORKLOAD_CHANGED on going offline with no work too (0 to 0)', () => {
    model.setStatus(AVAILABLE);
    expect(model.logout()).toEqual([
      { name: 'LOGOUT', payload: {} },
      { name: 'WORKLOAD_CHANGED', payload: { ConfiguredCapacity: 10, PreviousWorkload: 0, NewWorkload: 0 } },
    ]);
  });

  it('fires nothing when the status does not change', () => {
    model.setStatus(AVAILABLE);
    expect(model.setStatus(AVAILABLE)).toEqual([]);
    expect(model.setStatus(BUSY).map((e) => e.name)).toEqual(['STATUS_CHANGED']);
  });

  it('declines without a reason when the org does not require one', () => {
    model = make({ declineReasonRequired: false });
    model.setStatus(AVAILABLE);
    route('Chat');
    expect(model.decline(model.currentWork[0].workId, undefined).map((e) => e.name)).toEqual([
      'WORK_DECLINED',
      'WORKLOAD_CHANGED',
    ]);
    expect(model.agentWork[0].status).toBe('Declined');
  });

  it('auto-accepts: the assignment opens at once and WORK_ACCEPTED follows WORK_ASSIGNED', () => {
    model = make({ autoAccept: true });
    model.setStatus(AVAILABLE);
    expect(route('Case').events.map((e) => e.name)).toEqual(['WORK_ASSIGNED', 'WORKLOAD_CHANGED', 'WORK_ACCEPTED']);
    expect(model.agentWork[0].status).toBe('Opened');
  });

  it('routes interruptible items within the interruptible capacity, and reports both workloads', () => {
    model = make({ capacity: 2, interruptibleCapacity: 3 });
    model.setStatus(AVAILABLE);
    route('Case', 1, 2);
    const { events } = model.route({ type: 'Chat', subject: 'i', priority: 1, capacityWeight: 3, interruptible: true });
    expect(events[1]).toEqual({
      name: 'WORKLOAD_CHANGED',
      payload: {
        ConfiguredCapacity: 2,
        PreviousWorkload: 2,
        NewWorkload: 2,
        PreviousInterruptibleWorkload: 0,
        NewInterruptibleWorkload: 3,
      },
    });
    expect([model.workload, model.interruptibleWorkload]).toEqual([2, 3]);
    route('Lead', 1, 1);
    expect(model.queue.map((q) => q.type)).toEqual(['Lead']);
  });

  it('refuses a decline reason that is not text, and stores none', () => {
    model.setStatus(AVAILABLE);
    route('Case');
    const workId = model.currentWork[0].workId;
    expect(() => model.decline(workId, () => undefined)).toThrowError(
      SimRefusal,
      'A decline reason must be text, not function.',
    );
    expect(() => model.decline(workId, 42)).toThrowError(SimRefusal);
    expect(model.agentWork[0].status).toBe('Assigned');
    expect(model.agentWork[0].declineReason).toBeUndefined();
    model.decline(workId, 'Busy with a call');
    expect(model.agentWork[0]).toEqual(
      jasmine.objectContaining({ status: 'Declined', declineReason: 'Busy with a call' }),
    );
  });

  it('refuses statuses the agent does not have and closing work that is not open', () => {
    expect(() => model.setStatus('0N5999999999999')).toThrowError(SimRefusal);
    model.setStatus(AVAILABLE);
    route('Case');
    expect(() => model.close(model.currentWork[0].workId)).toThrowError(SimRefusal, /is not open/);
  });
});
