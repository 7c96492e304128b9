import { OmniModel } from '../model/omni-model';
import { DEFAULT_ORG } from '../model/org-config';
import type { ToolkitEvent } from '../model/toolkit-events';
import { SharedOrg } from './shared-org';

/**
 * Two console tabs of one org, in one page: the `storage` event never reaches a tab of the page
 * that wrote, so here it comes only when a test hands it over, late or not at all, as a loaded
 * browser may deliver it after the broadcast channel's message.
 */
describe('SharedOrg (several console tabs)', () => {
  const ORG_KEY = 'omni-sim:lightning:org';
  const [AVAILABLE] = DEFAULT_ORG.statuses;
  let routing: OmniModel;
  let holder: OmniModel;
  let routingTab: SharedOrg;
  /** What the session's tab found in its own copy of the org when each batch of events reached it. */
  let seen: { events: string[]; subjects: string[] }[];

  const storageEvent = (newValue: string | null) =>
    dispatchEvent(new StorageEvent('storage', { key: ORG_KEY, newValue }));
  const delivered = () =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = () =>
        seen.length > 0 ? resolve() : Date.now() - started > 2000 ? reject(new Error('no events')) : setTimeout(poll);
      poll();
    });

  beforeEach(() => {
    localStorage.removeItem(ORG_KEY);
    localStorage.removeItem('omni-sim:lightning:tabs');
    seen = [];
    routing = new OmniModel(DEFAULT_ORG, () => 0);
    holder = new OmniModel(DEFAULT_ORG, () => 0);
    routingTab = new SharedOrg('lightning', routing);
    routingTab.attach({ fire: () => undefined, changed: () => undefined });
    const holderTab = new SharedOrg('lightning', holder);
    holderTab.attach({
      fire: (events: readonly ToolkitEvent[]) =>
        seen.push({ events: events.map((e) => e.name), subjects: holder.agentWork.map((w) => w.subject) }),
      changed: () => undefined,
    });
    // The agent logs in to Omni-Channel in the holder's tab, which the routing tab then learns.
    holder.setStatus(AVAILABLE.statusId);
    storageEvent(localStorage.getItem(ORG_KEY));
  });

  afterEach(() => {
    localStorage.removeItem(ORG_KEY);
    localStorage.removeItem('omni-sim:lightning:tabs');
  });

  it("routed work reaches the session's tab with its AgentWork, before the storage event says so", async () => {
    const { events } = routing.route({ type: 'Case', subject: 'Printer on fire', priority: 1, capacityWeight: 2 });
    routingTab.fire(events, 'agent');
    await delivered();
    expect(seen).toEqual([{ events: jasmine.arrayContaining(['WORK_ASSIGNED']), subjects: ['Printer on fire'] }]);
  });
});
