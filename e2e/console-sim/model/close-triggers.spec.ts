import { closeByTrigger } from './close-triggers';
import { OmniModel } from './omni-model';
import { DEFAULT_ORG, type OrgConfig } from './org-config';

describe('what closes work besides closeAgentWork (WorkClosed triggers)', () => {
  const AVAILABLE = DEFAULT_ORG.statuses[0].statusId;
  const opened = (config: Partial<OrgConfig>) => {
    const model = new OmniModel({ ...DEFAULT_ORG, ...config }, () => 0);
    model.setStatus(AVAILABLE);
    const { workItemId } = model.route({ type: 'Case', subject: 'x', priority: 1, capacityWeight: 2 });
    model.accept(model.currentWork[0].workId);
    return { model, workItemId };
  };

  it("closing the work's tab closes it under tab-based capacity, not under status-based", () => {
    const tab = opened({ capacityModel: 'tab-based' });
    expect(closeByTrigger(tab.model, tab.workItemId, 'tab-closed').map((e) => e.name)).toEqual([
      'WORK_CLOSED',
      'WORKLOAD_CHANGED',
    ]);
    const status = opened({ capacityModel: 'status-based' });
    expect(closeByTrigger(status.model, status.workItemId, 'tab-closed')).toEqual([]);
    expect(status.model.agentWork[0].status).toBe('Opened');
  });

  it('a Completed status closes it under status-based capacity, not under tab-based', () => {
    const status = opened({ capacityModel: 'status-based' });
    expect(closeByTrigger(status.model, status.workItemId, 'completed-status')[0].name).toBe('WORK_CLOSED');
    const tab = opened({ capacityModel: 'tab-based' });
    expect(closeByTrigger(tab.model, tab.workItemId, 'completed-status')).toEqual([]);
  });

  it('after-conversation work elapsing closes it under either model; a tab of no open work changes nothing', () => {
    const { model, workItemId } = opened({ capacityModel: 'status-based' });
    expect(closeByTrigger(model, workItemId, 'after-conversation-work')[0].name).toBe('WORK_CLOSED');
    expect(model.agentWork[0].status).toBe('Closed');
    expect(closeByTrigger(model, workItemId, 'tab-closed')).toEqual([]);
    expect(() => closeByTrigger(model, workItemId, 'completed-status')).toThrowError(/no opened work/);
  });
});
