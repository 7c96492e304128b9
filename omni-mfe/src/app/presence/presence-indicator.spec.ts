import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { PresenceIndicator } from './presence-indicator';
import { INITIAL_SYNC } from './sync/sync-state';

describe('PresenceIndicator', () => {
  const available = {
    statusId: '0N5000000000001',
    statusName: 'Available',
    statusApiName: 'Available',
    channels: [{ channelId: '0N9000000000001', developerName: 'Cases' }],
  };
  const state = (
    { omni = null, ...presence }: { omni?: string | null; logoutReason?: string },
    status = 'connected',
    link: object = {},
  ) => ({
    presence: {
      statuses: [available],
      workload: null,
      mapping: null,
      mappingProblems: [],
      ...presence,
      sync: { ...INITIAL_SYNC, omni },
    },
    consoleLink: { status, readError: null, connectionError: null, problem: null, ...link },
  });

  async function render(initial: object) {
    TestBed.configureTestingModule({
      imports: [PresenceIndicator],
      providers: [provideMockStore({ initialState: initial })],
    });
    const fixture = TestBed.createComponent(PresenceIndicator);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const byName = (name: string) => el.querySelector(`[role=status][aria-label="${name}"]`)?.textContent?.trim();
    return { fixture, byName };
  }

  it('shows the Omni-Channel status and a healthy connection', async () => {
    const { byName } = await render(state({ omni: 'Available' }));
    expect(byName('Omni-Channel presence')).toBe('Omni-Channel: Available');
    expect(byName('Console connection')).toBe('Connected to the Salesforce console');
  });

  it("says Offline when logged out of Omni-Channel, and what to do outside console mode, in the console's words", async () => {
    const { fixture, byName } = await render(
      state({ omni: 'Offline' }, 'console-mode-required', { problem: { kind: 'console-mode-required' } }),
    );
    expect(byName('Omni-Channel presence')).toBe('Omni-Channel: Offline');
    expect(byName('Console connection')).toBe(
      'Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.',
    );
    TestBed.inject(MockStore).setState(
      state({ omni: 'Offline' }, 'console-mode-required', { problem: { kind: 'console-navigation-required' } }),
    );
    await fixture.whenStable();
    expect(byName('Console connection')).toBe(
      'Omni-Channel works in Lightning console apps only: open Desktop Connect in an app whose navigation style is Console Navigation.',
    );
    TestBed.inject(MockStore).setState(state({ omni: 'Offline' }, 'reconnecting'));
    await fixture.whenStable();
    expect(byName('Console connection')).toBe('Reconnecting to the Salesforce console…');
  });

  it("says when the console's state is being read, could not be read (and why), or Omni-Channel lost its connection", async () => {
    const { fixture, byName } = await render(state({}, 'reading'));
    expect(byName('Console connection')).toBe('Reading the Salesforce console…');
    TestBed.inject(MockStore).setState(
      state({}, 'read-failed', { readError: 'The Salesforce console refused getAgentWorks.' }),
    );
    await fixture.whenStable();
    expect(byName('Console connection')).toBe(
      "Connected, but the Salesforce console's state could not be read: The Salesforce console refused getAgentWorks. Retrying…",
    );
    TestBed.inject(MockStore).setState(state({}, 'reading', { connectionError: 'Omni-Channel lost its connection.' }));
    await fixture.whenStable();
    expect(byName('Console connection')).toBe(
      'Omni-Channel reported a connection problem (Omni-Channel lost its connection.); reading the Salesforce console again…',
    );
  });

  it('says why the handshake fails, naming what it saw and what to check', async () => {
    const { fixture, byName } = await render(
      state({}, 'reconnecting', {
        problem: { kind: 'no-answer', bridgeUrl: 'https://acme.my.salesforce.com/apex/dcOmniBridge' },
      }),
    );
    expect(byName('Console connection')).toBe(
      "No answer from the console bridge page at https://acme.my.salesforce.com/apex/dcOmniBridge. A wrong URL and a frame blocked by CSP look alike: check the URL, this page's frame-src and the bridge page's frame-ancestors. Still retrying…",
    );
    const store = TestBed.inject(MockStore);
    store.setState(
      state({}, 'failed', {
        problem: {
          kind: 'wrong-origin',
          seen: 'https://acme--c.vf.force.com',
          expected: 'https://acme.my.salesforce.com',
        },
      }),
    );
    await fixture.whenStable();
    expect(byName('Console connection')).toBe(
      'The console bridge answered from https://acme--c.vf.force.com, not from the console origin https://acme.my.salesforce.com: correct the console origin or the bridge URL. Still retrying…',
    );
    store.setState(state({}, 'reconnecting', { problem: { kind: 'refused', dcOrigin: 'https://dc.example.com' } }));
    await fixture.whenStable();
    expect(byName('Console connection')).toBe(
      "The console bridge refused this Desktop Connect origin (https://dc.example.com): add it to the bridge page's allowed origins. Still retrying…",
    );
    store.setState(state({}, 'reconnecting'));
    await fixture.whenStable();
    expect(byName('Console connection')).toBe('Reconnecting to the Salesforce console…');
  });

  it('tells the agent in words why Omni-Channel logged them out (duplicate login, maintenance, supervisor)', async () => {
    const { fixture, byName } = await render(state({ omni: 'Offline', logoutReason: 'DuplicateLogin' }));
    expect(byName('Omni-Channel presence')).toBe(
      'Omni-Channel: Offline — you were logged out because you logged in to Omni-Channel somewhere else.',
    );
    TestBed.inject(MockStore).setState(state({ omni: 'Offline', logoutReason: 'MaintenanceLogout' }));
    await fixture.whenStable();
    expect(byName('Omni-Channel presence')).toBe(
      'Omni-Channel: Offline — Salesforce logged you out for maintenance; log in again once it is over.',
    );
    TestBed.inject(MockStore).setState(state({ omni: 'Offline', logoutReason: 'OmniSupervisorLogout' }));
    await fixture.whenStable();
    expect(byName('Omni-Channel presence')).toBe(
      'Omni-Channel: Offline — a supervisor logged you out of Omni-Channel.',
    );
  });

  it("shows the Lightning transport's own words after the status: no relay, a refused publish", async () => {
    const channel = 'dcOmniBridge__c';
    const { fixture, byName } = await render(state({}, 'failed', { problem: { kind: 'relay-no-answer', channel } }));
    expect(byName('Console connection')).toBe(
      'Cannot reach the Salesforce console; still retrying. Reload the console if this persists. ' +
        'No answer came from the Omni-Channel relay in the Salesforce utility bar (message channel dcOmniBridge__c): ' +
        "check that the Lightning app's utility bar holds the Omni-Channel relay.",
    );
    const errors = 'SOFTPHONE_CONTAINER_ERROR: Container not ready';
    TestBed.inject(MockStore).setState(
      state({}, 'connected', { problem: { kind: 'publish-refused', channel, errors } }),
    );
    await fixture.whenStable();
    expect(byName('Console connection')).toBe(
      'Connected to the Salesforce console. Open CTI could not publish on the message channel dcOmniBridge__c ' +
        '(SOFTPHONE_CONTAINER_ERROR: Container not ready); retrying.',
    );
  });
});
