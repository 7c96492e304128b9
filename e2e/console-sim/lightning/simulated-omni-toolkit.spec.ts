import { OmniModel } from '../model/omni-model';
import { DEFAULT_ORG } from '../model/org-config';
import type { LightningEvent } from './lightning-events';
import { to18 } from './salesforce-ids';
import { SimulatedOmniToolkit } from './simulated-omni-toolkit';

/** The simulated lightning:omniToolkitAPI, driven the way Salesforce's Lightning samples call it. */
describe('SimulatedOmniToolkit (Lightning shapes on the shared model)', () => {
  const [AVAILABLE, , BUSY] = DEFAULT_ORG.statuses;
  let model: OmniModel;
  let toolkit: SimulatedOmniToolkit;
  let events: LightningEvent[];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

  beforeEach(() => {
    model = new OmniModel({ ...DEFAULT_ORG }, () => 0);
    events = [];
    toolkit = new SimulatedOmniToolkit(model, { deliver: (e) => events.push(e), changed: () => undefined });
  });

  it('computes Salesforce 18-character ids from the case of the 15', () => {
    expect(to18('0N5000000000001')).toBe('0N5000000000001CAA');
    expect(to18('500000000000001')).toBe('500000000000001AAA');
    expect(to18('001ABCDEabcde12')).toBe('001ABCDEabcde12YHA');
  });

  it('takes one object, answers a Promise with 18-character ids, then fires StatusChanged with the login reason', async () => {
    const answer = await toolkit.setServicePresenceStatus({ statusId: AVAILABLE.statusId });
    expect(answer.statusId).toBe(to18(AVAILABLE.statusId));
    expect(JSON.parse(answer.channels)[0].channelId).toHaveSize(18);
    expect(events).toEqual([]); // the answer comes before the events it caused
    await settle();
    expect(events.map((e) => e.name)).toEqual(['LoginSuccess', 'StatusChanged']);
    expect(events[1].params).toEqual(
      // A login is reported as one, whoever made it.
      jasmine.objectContaining({ statusId: to18(AVAILABLE.statusId), reason: 'OmniLoginStatusChange' }),
    );
  });

  it('refuses a Classic-style call and an unknown status with a rejected Promise', async () => {
    await expectAsync(
      toolkit.setServicePresenceStatus(AVAILABLE.statusId as unknown as { statusId: string }),
    ).toBeRejectedWithError(/takes one object/);
    await expectAsync(toolkit.setServicePresenceStatus({ statusId: '0N5000000000999' })).toBeRejectedWithError(
      /No presence status/,
    );
  });

  it('answers works as a JSON string of 18-character ids, and takes them back in either form', async () => {
    await toolkit.setServicePresenceStatus({ statusId: to18(AVAILABLE.statusId) });
    const { workItemId } = model.route({ type: 'Case', subject: 'Printer on fire', priority: 1, capacityWeight: 2 });
    const { works } = (await toolkit.getAgentWorks()) as { works: string };
    const [work] = JSON.parse(works) as { workItemId: string; workId: string; isEngaged: boolean }[];
    expect(work).toEqual({ workItemId: to18(workItemId), workId: jasmine.any(String), isEngaged: false });
    expect(work.workId).toHaveSize(18);
    expect(await toolkit.acceptAgentWork({ workId: work.workId })).toBe(true);
    expect(model.agentWork[0].status).toBe('Opened');
    expect(await toolkit.getAgentWorkload()).toEqual({
      configuredCapacity: 10,
      currentWorkload: 2,
      configuredInterruptibleCapacity: 0,
      currentInterruptibleWorkload: 0,
    });
  });

  it('refuses a decline reason that is not text, and stores none', async () => {
    await toolkit.setServicePresenceStatus({ statusId: AVAILABLE.statusId });
    model.route({ type: 'Case', subject: 'x', priority: 1, capacityWeight: 1 });
    const workId = to18(model.agentWork[0].workId);
    await expectAsync(
      toolkit.declineAgentWork({ workId, declineReason: (() => 'x') as unknown as string }),
    ).toBeRejectedWithError(/must be text/);
    expect(model.agentWork[0].declineReason).toBeUndefined();
  });

  it('tells who changed the status, sends Logout reasons and the interruptible workload', async () => {
    toolkit.fire(model.setStatus(AVAILABLE.statusId), 'agent');
    model.route({ type: 'Case', subject: 'x', priority: 1, capacityWeight: 1 });
    toolkit.fire(model.setStatus(BUSY.statusId), 'supervisor');
    toolkit.fire(model.logout(), 'agent', 'DuplicateLogin');
    await settle();
    const reasons = events
      .filter((e) => e.name === 'StatusChanged')
      .map((e) => (e.params as { reason?: string }).reason);
    expect(reasons).toEqual(['OmniLoginStatusChange', 'OmniSupervisorStatusChange']);
    expect(events.find((e) => e.name === 'Logout')?.params).toEqual({ reason: 'DuplicateLogin' });
    expect(events.filter((e) => e.name === 'WorkloadChanged').pop()?.params).toEqual({
      configuredCapacity: 10,
      previousWorkload: 1,
      newWorkload: 0,
      configuredInterruptibleCapacity: 0,
      previousInterruptibleWorkload: 0,
      newInterruptibleWorkload: 0,
    });
  });

  it('sends no reason when the org predates Winter 26, and counts and fails calls on demand', async () => {
    toolkit.sendsReasons = false;
    toolkit.ledger.failNext('getAgentWorks');
    await expectAsync(toolkit.getAgentWorks()).toBeRejected();
    await toolkit.setServicePresenceStatus({ statusId: AVAILABLE.statusId });
    await settle();
    expect(events.find((e) => e.name === 'StatusChanged')?.params).not.toEqual(
      jasmine.objectContaining({ reason: jasmine.anything() }),
    );
    expect(toolkit.ledger.counts['getAgentWorks']).toEqual({ calls: 1, succeeded: 0, failed: 1 });
    expect(toolkit.ledger.counts['setServicePresenceStatus']).toEqual({ calls: 1, succeeded: 1, failed: 0 });
  });
});
