import type { OmniEvent } from '@shared/protocol/events.schema';
import { SalesforceClassicAdapter } from './salesforce-classic';
import { SalesforceLightningAdapter } from './salesforce-lightning';
import { OmniToolkitDouble, ORG_STATUSES, omniEvent, settle } from './testing/omni-toolkit-double';
import { SforceDouble } from './testing/sforce-double';

/**
 * A loaded org may deliver one presence event twice (adverse seed 1830278720: the echo of
 * omni-mfe's Busy came twice, and the second, after Available was written, pulled DC back from
 * Ready). The console reports the presence when it changes, so both adapters pass such a repeat
 * on once; a change away and back is two changes.
 */
describe('a presence event the console delivers twice', () => {
  const [AVAILABLE, BUSY] = ORG_STATUSES;
  const told = (events: OmniEvent[]) =>
    events.map((e) => (e.type === 'presenceChanged' ? e.payload.statusApiName : e.type));

  it('is passed on once by the Classic adapter', async () => {
    const sforce = new SforceDouble();
    const adapter = new SalesforceClassicAdapter(sforce.console, { statuses: () => [] });
    const events: OmniEvent[] = [];
    adapter.subscribe((e) => events.push(e));
    const status = (s: typeof BUSY) => ({ ...s, channels: '[]' });
    for (const s of [BUSY, BUSY, AVAILABLE, BUSY]) sforce.fire('STATUS_CHANGED', status(s));
    for (const name of ['LOGOUT', 'LOGOUT', 'LOGIN_SUCCESS'] as const) sforce.fire(name, {});
    sforce.fire('STATUS_CHANGED', status(BUSY));
    await settle();
    expect(told(events)).toEqual(['Busy', 'Available', 'Busy', 'loggedOut', 'loggedIn', 'Busy']);
    adapter.dispose();
  });

  it('is passed on once by the Lightning adapter, whatever form its status id has', async () => {
    const adapter = new SalesforceLightningAdapter({
      toolkit: new OmniToolkitDouble(),
      isConsoleNavigation: () => Promise.resolve(true),
      openRecord: () => Promise.resolve(),
      statuses: () => Promise.resolve([AVAILABLE, BUSY]),
    });
    const events: OmniEvent[] = [];
    adapter.subscribe((e) => events.push(e));
    const changed = (s: typeof BUSY, idLength?: 15) => omniEvent.statusChanged(s, 'OmniToolkitStatusChange', idLength);
    for (const params of [changed(BUSY), changed(BUSY, 15), changed(AVAILABLE), changed(BUSY)])
      adapter.toolkitEvent('StatusChanged', params);
    for (const name of ['Logout', 'Logout']) adapter.toolkitEvent(name, {});
    adapter.toolkitEvent('StatusChanged', changed(BUSY));
    await settle();
    expect(told(events)).toEqual(['Busy', 'Available', 'Busy', 'loggedOut', 'Busy']);
    adapter.dispose();
  });
});
