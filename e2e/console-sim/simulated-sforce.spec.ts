import type { SforceResult, StatusIdResult, WorkloadResult } from '../../omni-mfe/console-side/adapters/sforce-console';
import { OmniModel } from './model/omni-model';
import { DEFAULT_ORG } from './model/org-config';
import { SimulatedSforce } from './simulated-sforce';

/** The simulated Classic toolkit, driven the way Salesforce's own documented samples call it. */
describe("SimulatedSforce (Salesforce's documented Classic samples)", () => {
  const [AVAILABLE] = DEFAULT_ORG.statuses;
  let model: OmniModel;
  let sforce: SimulatedSforce;

  const answer = <R extends SforceResult>(run: (cb: (r: R) => void) => void) =>
    new Promise<R>((resolve) => run(resolve));

  beforeEach(() => {
    model = new OmniModel(DEFAULT_ORG, () => 0);
    sforce = new SimulatedSforce(model, { isConsoleMode: () => true, openTab: (url) => url, changed: () => undefined });
  });

  it("getServicePresenceStatusId answers the status's name and API name too", async () => {
    model.setStatus(AVAILABLE.statusId);
    expect(await answer<StatusIdResult>((cb) => sforce.console.presence.getServicePresenceStatusId(cb))).toEqual({
      success: true,
      statusId: AVAILABLE.statusId,
      statusName: 'Available',
      statusApiName: 'Available',
    });
  });

  it('getAgentWorkload answers the interruptible capacity and workload too', async () => {
    model.setStatus(AVAILABLE.statusId);
    model.route({ type: 'Case', subject: 'Printer on fire', priority: 1, capacityWeight: 2 });
    expect(await answer<WorkloadResult>((cb) => sforce.console.presence.getAgentWorkload(cb))).toEqual({
      success: true,
      configuredCapacity: 10,
      currentWorkload: 2,
      configuredInterruptibleCapacity: 0,
      currentInterruptibleWorkload: 0,
    });
  });

  it('refuses a declineReason that is not a string (success: false) and stores nothing', async () => {
    model.setStatus(AVAILABLE.statusId);
    model.route({ type: 'Case', subject: 'Printer on fire', priority: 1, capacityWeight: 2 });
    const workId = model.currentWork[0].workId;
    const decline = sforce.console.presence.declineAgentWork as (
      workId: string,
      reason: unknown,
      cb: (r: SforceResult) => void,
    ) => void;
    expect(await answer((cb) => decline(workId, { code: 'busy' }, cb))).toEqual({ success: false });
    expect(model.agentWork[0].status).toBe('Assigned');
    expect(model.agentWork[0].declineReason).toBeUndefined();
  });
});
