import type { SforceResult, WorksResult } from '../../omni-mfe/console-side/adapters/sforce-console';
import { SimulatedOmniToolkit } from './lightning/simulated-omni-toolkit';
import { OmniModel } from './model/omni-model';
import { DEFAULT_ORG } from './model/org-config';
import { SimulatedSforce } from './simulated-sforce';

/**
 * Issue 22's acceptance counts: every method of the Service Presence toolkits that Salesforce
 * documents with a sample, called as those samples call it (Lightning: one object, a Promise, an
 * `if (result)` for the calls that answer true; Classic: positional arguments and a callback whose
 * result has `success`), and every documented Lightning event seen by a listener. A method counts
 * when its answer has the documented shape; an event, when it was delivered with its parameters.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("Salesforce's documented samples against the simulated consoles", () => {
  const [AVAILABLE] = DEFAULT_ORG.statuses;

  it('Lightning: 12 of 12 methods and 10 of 10 events', async () => {
    const model = new OmniModel({ ...DEFAULT_ORG, declineReasonRequired: false }, () => 0);
    const seen = new Set<string>();
    const toolkit = new SimulatedOmniToolkit(model, {
      deliver: (e) => (typeof e.params === 'object' && e.params !== null ? seen.add(e.name) : undefined),
      changed: () => undefined,
    });
    const ran = new Set<string>();
    const sample = async (method: string, call: () => Promise<unknown>, shaped: (r: never) => boolean) => {
      if (shaped((await call()) as never)) ran.add(method);
      await settle();
    };
    const route = (subject: string) => {
      toolkit.fire(model.route({ type: 'Case', subject, priority: 1, capacityWeight: 1 }).events, 'agent');
    };
    const workIds = async () =>
      (JSON.parse(((await toolkit.getAgentWorks()) as { works: string }).works) as { workId: string }[]).map(
        (w) => w.workId,
      );
    const done = (r: boolean) => r === true;

    await sample('login', () => toolkit.login({ statusId: AVAILABLE.statusId }), done);
    await sample(
      'setServicePresenceStatus',
      () => toolkit.setServicePresenceStatus(AVAILABLE),
      (r: { statusId: string }) => r.statusId.startsWith(AVAILABLE.statusId),
    );
    await sample(
      'getServicePresenceStatusId',
      () => toolkit.getServicePresenceStatusId(),
      (r: { statusId: string }) => r.statusId.startsWith(AVAILABLE.statusId),
    );
    await sample(
      'getServicePresenceStatusChannels',
      () => toolkit.getServicePresenceStatusChannels(),
      (r: { channels: string }) => Array.isArray(JSON.parse(r.channels)),
    );
    route('Accepted, flagged, closed');
    route('Declined without a reason');
    await settle();
    await sample(
      'getAgentWorks',
      () => toolkit.getAgentWorks(),
      (r: { works: string }) => JSON.parse(r.works).length === 2,
    );
    await sample(
      'getAgentWorkload',
      () => toolkit.getAgentWorkload(),
      (r: { configuredCapacity: number }) => Number.isInteger(r.configuredCapacity),
    );
    const [first, second] = await workIds();
    await sample('acceptAgentWork', () => toolkit.acceptAgentWork({ workId: first }), done);
    await sample('raiseAgentWorkFlag', () => toolkit.raiseAgentWorkFlag({ workId: first, message: 'Help' }), done);
    await sample('lowerAgentWorkFlag', () => toolkit.lowerAgentWorkFlag({ workId: first }), done);
    await sample('declineAgentWork', () => toolkit.declineAgentWork({ workId: second }), done);
    await sample('closeAgentWork', () => toolkit.closeAgentWork({ workId: first }), done);
    toolkit.fireLightning([{ name: 'ConnectionError', params: { error: { message: 'Connection lost' } } }]);
    await sample('logout', () => toolkit.logout(), done);

    console.log(`Lightning samples: ${ran.size} of 12 methods, ${seen.size} of 10 events`);
    expect([...ran].sort()).toEqual(
      [
        'acceptAgentWork',
        'closeAgentWork',
        'declineAgentWork',
        'getAgentWorkload',
        'getAgentWorks',
        'getServicePresenceStatusChannels',
        'getServicePresenceStatusId',
        'login',
        'logout',
        'lowerAgentWorkFlag',
        'raiseAgentWorkFlag',
        'setServicePresenceStatus',
      ].sort(),
    );
    expect([...seen].sort()).toEqual(
      [
        'ConnectionError',
        'LoginSuccess',
        'Logout',
        'StatusChanged',
        'WorkAccepted',
        'WorkAssigned',
        'WorkClosed',
        'WorkDeclined',
        'WorkFlagUpdated',
        'WorkloadChanged',
      ].sort(),
    );
  });

  it('Classic: 10 of 10 methods', async () => {
    const model = new OmniModel({ ...DEFAULT_ORG, declineReasonRequired: false }, () => 0);
    const sforce = new SimulatedSforce(model, {
      isConsoleMode: () => true,
      openTab: (url) => url,
      changed: () => undefined,
    });
    const presence = sforce.console.presence;
    const ran = new Set<string>();
    const sample = async (method: string, call: (cb: (r: SforceResult) => void) => void) => {
      const result = await new Promise<SforceResult>((resolve) => call(resolve));
      if (result.success) ran.add(method);
    };
    const works = async () => {
      const result = await new Promise<WorksResult>((resolve) => presence.getAgentWorks(resolve));
      return JSON.parse(String(result.works)) as { workId: string }[];
    };

    await sample('login', (cb) => presence.login(AVAILABLE.statusId, cb));
    await sample('setServicePresenceStatus', (cb) => presence.setServicePresenceStatus(AVAILABLE.statusId, cb));
    await sample('getServicePresenceStatusId', (cb) => presence.getServicePresenceStatusId(cb));
    await sample('getServicePresenceStatusChannels', (cb) => presence.getServicePresenceStatusChannels(cb));
    for (const subject of ['Accepted, closed', 'Declined without a reason'])
      model.route({ type: 'Case', subject, priority: 1, capacityWeight: 1 });
    await sample('getAgentWorks', (cb) => presence.getAgentWorks(cb));
    await sample('getAgentWorkload', (cb) => presence.getAgentWorkload(cb));
    const [first, second] = (await works()).map((w) => w.workId);
    await sample('acceptAgentWork', (cb) => presence.acceptAgentWork(first, cb));
    await sample('declineAgentWork', (cb) => presence.declineAgentWork(second, '', cb));
    await sample('closeAgentWork', (cb) => presence.closeAgentWork(first, cb));
    await sample('logout', (cb) => presence.logout(cb));

    console.log(`Classic samples: ${ran.size} of 10 methods`);
    expect(ran.size).toBe(10);
  });
});
