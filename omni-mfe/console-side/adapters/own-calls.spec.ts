import type { OmniEvent } from '@shared/protocol/events.schema';
import { OwnCalls } from './own-calls';
import { SalesforceClassicAdapter } from './salesforce-classic';
import { SalesforceLightningAdapter } from './salesforce-lightning';
import { OmniToolkitDouble, ORG_STATUSES, omniEvent, settle } from './testing/omni-toolkit-double';
import { SforceDouble } from './testing/sforce-double';

/**
 * The adapters report a fact: a change came while our call for that value was in flight. Which of
 * those changes is the call's own is the sync core's decision (sync-echo.ts). Adverse seed
 * 3168259667 (Lightning without reasons): the agent chose a status again while our call for it
 * was in flight, after its echo; the sync core tells it from our echo (sync-core.spec.ts). An
 * adapter that reported the first change of each call only (adverse model seed 1924491568) gave
 * an earlier call's late echo the fact of the call in flight, and that call's own change then
 * came without it and was taken for the agent's.
 */
describe('a change that comes while our own call for it is in flight', () => {
  const [AVAILABLE, BUSY] = ORG_STATUSES;
  const facts = (events: OmniEvent[]) =>
    events.map((e) => (e.type === 'presenceChanged' ? `${e.payload.statusApiName} ${e.payload.duringOwnCall}` : e));

  it('is reported as such by the Classic adapter, every time it comes during the call', async () => {
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
    expect(facts(events)).toEqual(['Available true', 'Busy undefined', 'Available true']);
    adapter.dispose();
  });

  it('is reported as such by the Lightning adapter, every time it comes during the call', async () => {
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
    expect(facts(events)).toEqual(['Available true', 'Busy undefined', 'Available true']);
    adapter.dispose();
  });

  it('is counted per call: while one of two overlapping calls for a status is in flight, and not after', async () => {
    const own = new OwnCalls();
    let answer: () => void = () => undefined;
    let answerSecond: () => void = () => undefined;
    const first = own.run('Busy', () => new Promise<void>((resolve) => (answer = resolve)));
    const second = own.run('Busy', () => new Promise<void>((resolve) => (answerSecond = resolve)));
    // An earlier call's late echo and the call's own change both come during it: both are said so.
    expect([own.during('Busy'), own.during('Busy'), own.during('Available')]).toEqual([true, true, false]);
    answer();
    await first;
    expect(own.during('Busy')).toBeTrue();
    answerSecond();
    await second;
    expect(own.during('Busy')).toBeFalse();
  });
});
