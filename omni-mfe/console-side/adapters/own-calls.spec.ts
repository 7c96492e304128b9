import type { OmniEvent } from '@shared/protocol/events.schema';
import { OwnCalls } from './own-calls';
import { SalesforceClassicAdapter } from './salesforce-classic';
import { SalesforceLightningAdapter } from './salesforce-lightning';
import { OmniToolkitDouble, ORG_STATUSES, omniEvent, settle } from './testing/omni-toolkit-double';
import { SforceDouble } from './testing/sforce-double';

/**
 * A call changes the presence once. Adverse seed 3168259667 (Lightning without reasons): omni-mfe
 * wrote Available on a slow answer; its echo came, then the agent chose On Break and Available in
 * the widget, both while that call was still in flight. The widget's Available was reported as
 * come during our call, taken for our echo, and DC was left on the agent's earlier On Break.
 */
describe('a change that comes while our own call for it is in flight', () => {
  const [AVAILABLE, BUSY] = ORG_STATUSES;
  const facts = (events: OmniEvent[]) =>
    events.map((e) => (e.type === 'presenceChanged' ? `${e.payload.statusApiName} ${e.payload.duringOwnCall}` : e));

  it('is reported as such once per call by the Classic adapter; the agent choosing it again is not', async () => {
    const sforce = new SforceDouble();
    const adapter = new SalesforceClassicAdapter(sforce.console, { statuses: () => [] });
    const events: OmniEvent[] = [];
    adapter.subscribe((e) => events.push(e));
    const status = (s: typeof BUSY) => ({ ...s, channels: '[]' });
    sforce.answers.set('setServicePresenceStatus', { success: true, ...status(AVAILABLE) });
    const call = adapter.call('setPresence', { statusId: AVAILABLE.statusId });
    for (const s of [AVAILABLE, BUSY, AVAILABLE]) sforce.fire('STATUS_CHANGED', status(s));
    await call;
    await settle();
    expect(facts(events)).toEqual(['Available true', 'Busy undefined', 'Available undefined']);
    adapter.dispose();
  });

  it('is reported as such once per call by the Lightning adapter; the agent choosing it again is not', async () => {
    const adapter = new SalesforceLightningAdapter({
      toolkit: new OmniToolkitDouble(),
      isConsoleNavigation: () => Promise.resolve(true),
      openRecord: () => Promise.resolve(),
      statuses: () => Promise.resolve([AVAILABLE, BUSY]),
    });
    const events: OmniEvent[] = [];
    adapter.subscribe((e) => events.push(e));
    const call = adapter.call('setPresence', { statusId: AVAILABLE.statusId });
    for (const s of [AVAILABLE, BUSY, AVAILABLE]) adapter.toolkitEvent('StatusChanged', omniEvent.statusChanged(s));
    await call;
    await settle();
    expect(facts(events)).toEqual(['Available true', 'Busy undefined', 'Available undefined']);
    adapter.dispose();
  });

  it('is counted per call: two overlapping calls for one status have a change each, a settled call none', async () => {
    const own = new OwnCalls();
    let answer: () => void = () => undefined;
    const first = own.run('Busy', () => new Promise<void>((resolve) => (answer = resolve)));
    const second = own.run('Busy', () => new Promise<void>(() => undefined));
    expect([own.takeChange('Busy'), own.takeChange('Busy'), own.takeChange('Busy')]).toEqual([true, true, false]);
    expect(own.takeChange('Available')).toBeFalse();
    answer();
    await first;
    expect(own.takeChange('Busy')).toBeFalse();
    void second;
  });
});
