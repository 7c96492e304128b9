import { OmniModel } from '../model/omni-model';
import { DEFAULT_ORG, type OrgConfig } from '../model/org-config';
import { AGENT_USER_ID, type LightningEvent } from './lightning-events';
import { to18 } from './salesforce-ids';
import { SimulatedOmniToolkit } from './simulated-omni-toolkit';

/** Salesforce's documented Lightning behaviours the simulated toolkit adds to the calm basics. */
describe('SimulatedOmniToolkit: flags, ids, false answers, workload and logins as documented', () => {
  const AVAILABLE = DEFAULT_ORG.statuses[0].statusId;
  let model: OmniModel;
  let toolkit: SimulatedOmniToolkit;
  let events: LightningEvent[];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
  const setUp = (config: Partial<OrgConfig> = {}) => {
    model = new OmniModel({ ...DEFAULT_ORG, ...config }, () => 0);
    events = [];
    toolkit = new SimulatedOmniToolkit(model, { deliver: (e) => events.push(e), changed: () => undefined });
  };
  const works = async () =>
    JSON.parse(((await toolkit.getAgentWorks()) as { works: string }).works) as { workId: string }[];

  beforeEach(() => setUp());

  it("raises and lowers a work item's flag as Salesforce's samples do, with WorkFlagUpdated each time", async () => {
    await toolkit.setServicePresenceStatus({ statusId: AVAILABLE });
    model.route({ type: 'Case', subject: 'Help me', priority: 1, capacityWeight: 1 });
    const [work] = await works();
    expect(await toolkit.raiseAgentWorkFlag({ workId: work.workId, message: 'Raise Flag Message' })).toBe(true);
    expect(toolkit.flags.current).toEqual([
      { workId: model.agentWork[0].workId, raisedBy: 'AGENT', message: 'Raise Flag Message' },
    ]);
    expect(await toolkit.lowerAgentWorkFlag({ workId: work.workId })).toBe(true);
    expect(await toolkit.lowerAgentWorkFlag({ workId: work.workId })).toBe(false);
    await settle();
    expect(events.filter((e) => e.name === 'WorkFlagUpdated').map((e) => e.params)).toEqual([
      {
        workId: work.workId,
        isFlagged: true,
        message: 'Raise Flag Message',
        roleUpdatedBy: 'AGENT',
        updatedBy: to18(AGENT_USER_ID),
      },
      { workId: work.workId, isFlagged: false, roleUpdatedBy: 'AGENT', updatedBy: to18(AGENT_USER_ID) },
    ]);
  });

  it("refuses a flag on work that is not the agent's, and an 18-character id with a wrong suffix", async () => {
    await toolkit.setServicePresenceStatus({ statusId: AVAILABLE });
    model.route({ type: 'Case', subject: 'x', priority: 1, capacityWeight: 1 });
    const [work] = await works();
    const wrongSuffix = `${work.workId.slice(0, 15)}ZZZ`;
    await expectAsync(toolkit.raiseAgentWorkFlag({ workId: wrongSuffix })).toBeRejectedWithError(/current work/);
    await expectAsync(toolkit.acceptAgentWork({ workId: wrongSuffix })).toBeRejectedWithError(/no work/);
  });

  it('sends 15-character ids when the org does, and takes them back', async () => {
    toolkit.idLength = 15;
    const status = await toolkit.setServicePresenceStatus({ statusId: AVAILABLE });
    expect(status.statusId).toBe(AVAILABLE);
    model.route({ type: 'Case', subject: 'x', priority: 1, capacityWeight: 1 });
    const [work] = await works();
    expect(work.workId).toHaveSize(15);
    expect(await toolkit.acceptAgentWork({ workId: work.workId })).toBe(true);
    await settle();
    const accepted = events.find((e) => e.name === 'WorkAccepted')!.params as { workId: string };
    expect(accepted.workId).toBe(work.workId);
  });

  it('resolves false when told to, changing nothing, and counts it as failed', async () => {
    await toolkit.setServicePresenceStatus({ statusId: AVAILABLE });
    model.route({ type: 'Case', subject: 'x', priority: 1, capacityWeight: 1 });
    const [work] = await works();
    toolkit.ledger.failNext('acceptAgentWork', 1, 'false');
    expect(await toolkit.acceptAgentWork({ workId: work.workId })).toBe(false);
    expect(model.agentWork[0].status).toBe('Assigned');
    expect(toolkit.ledger.counts['acceptAgentWork']).toEqual({ calls: 1, succeeded: 0, failed: 1 });
  });

  it('fires WorkloadChanged on going offline with no work, and no StatusChanged for the same status', async () => {
    await toolkit.setServicePresenceStatus({ statusId: AVAILABLE });
    await toolkit.setServicePresenceStatus({ statusId: AVAILABLE });
    await toolkit.logout();
    await settle();
    expect(events.map((e) => e.name)).toEqual(['LoginSuccess', 'StatusChanged', 'Logout', 'WorkloadChanged']);
  });

  it('reports the interruptible workload of interruptible items', async () => {
    setUp({ interruptibleCapacity: 4 });
    await toolkit.setServicePresenceStatus({ statusId: AVAILABLE });
    model.route({ type: 'Chat', subject: 'x', priority: 1, capacityWeight: 3, interruptible: true });
    expect(await toolkit.getAgentWorkload()).toEqual({
      configuredCapacity: 10,
      currentWorkload: 0,
      configuredInterruptibleCapacity: 4,
      currentInterruptibleWorkload: 3,
    });
  });

  it('an auto-accepted item fires WorkAccepted after WorkAssigned', async () => {
    setUp({ autoAccept: true });
    await toolkit.setServicePresenceStatus({ statusId: AVAILABLE });
    toolkit.fire(model.route({ type: 'Case', subject: 'x', priority: 1, capacityWeight: 1 }).events, 'agent');
    await settle();
    expect(events.map((e) => e.name).slice(2)).toEqual(['WorkAssigned', 'WorkloadChanged', 'WorkAccepted']);
  });
});
