import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { selectSyncHealth } from './state/presence.selectors';
import { INITIAL_SYNC } from './sync/sync-state';
import { SyncStatus } from './sync-status';

describe('SyncStatus', () => {
  async function render(health: { health: string; detail: string }, log = INITIAL_SYNC.log) {
    TestBed.configureTestingModule({
      imports: [SyncStatus],
      providers: [provideMockStore({ initialState: { presence: { sync: { ...INITIAL_SYNC, writes: 3, log } } } })],
    });
    TestBed.inject(MockStore).overrideSelector(selectSyncHealth, health as never);
    const fixture = TestBed.createComponent(SyncStatus);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('names its health in status "Omni-Channel sync", with the detail', async () => {
    const el = await render({
      health: 'unmapped',
      detail: 'DC state wrap-up has no Omni-Channel status: nothing changed on the other side.',
    });
    const status = el.querySelector('[role=status][aria-label="Omni-Channel sync"]');
    expect(status?.textContent).toContain('Sync: unmapped');
    expect(status?.textContent).toContain('DC state wrap-up has no Omni-Channel status');
    expect(status?.getAttribute('data-health')).toBe('unmapped');
  });

  it('lists the sync log newest first, for support', async () => {
    const el = await render({ health: 'in sync', detail: '' }, [
      { at: 0, side: 'dc', from: 'ready', to: 'wrap-up', cause: 'agent' },
      { at: 1000, side: 'omni', from: 'Available', to: 'Busy', cause: 'sync' },
    ]);
    const items = Array.from(el.querySelectorAll('ol[aria-label="Sync log"] li'), (li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items.length).toBe(2);
    expect(items[0]).toMatch(/Omni: Available → Busy \(sync\)$/);
    expect(items[1]).toMatch(/DC: ready → wrap-up \(agent\)$/);
    expect(el.textContent).toContain('Writes made: 3');
  });

  it('keeps the rows it has when an entry comes in, so a full log costs one row per change', async () => {
    const first = { at: 0, side: 'dc' as const, from: 'ready', to: 'wrap-up', cause: 'agent' as const };
    const second = { at: 1000, side: 'omni' as const, from: 'Available', to: 'Busy', cause: 'sync' as const };
    const el = await render({ health: 'in sync', detail: '' }, [first]);
    const before = el.querySelector('ol[aria-label="Sync log"] li')!;
    const store = TestBed.inject(MockStore);
    store.setState({ presence: { sync: { ...INITIAL_SYNC, writes: 4, log: [first, second] } } });
    await TestBed.inject(ApplicationRef).whenStable();
    const rows = Array.from(el.querySelectorAll('ol[aria-label="Sync log"] li'));
    expect(rows.length).toBe(2);
    expect(rows[1]).toBe(before);
    expect(rows[1].textContent).toMatch(/DC: ready → wrap-up \(agent\)$/);
    expect(rows[0].textContent).toMatch(/Omni: Available → Busy \(sync\)$/);
  });
});
