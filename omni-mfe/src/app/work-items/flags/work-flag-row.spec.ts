import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { DECLINE_REASONS } from '../decline-reasons.token';
import { workItemFrom, type WorkItem } from '../state/work-item';
import { workItemsAdapter } from '../state/work-items.feature';
import { WorkItemPanel } from '../work-item-panel';
import { WorkItemPanelActions } from '../state/work-items.actions';
import { WORK_FLAGS_AVAILABLE } from './work-flags-available';

/** An accepted item's flag in the panel's row, where the console has flags (Lightning) and where not. */
describe('WorkItemPanel flags', () => {
  const item = (workId: string, isEngaged: boolean): WorkItem =>
    workItemFrom({ workId, workItemId: `50000000000000${workId.slice(-1)}`, isEngaged, type: 'Case', label: workId });
  /** The flags' part of the work-items slice: two flags, and a call in flight for 0Bz4. */
  const flags = {
    flags: { '0Bz2': { state: 'raised', message: '<b>help</b>' }, '0Bz3': { state: 'lowered-by-supervisor' } } as const,
    asking: null,
    flagBusy: ['0Bz4'],
  };

  // An item whose Accept is still settling: its flag waits too (the focus must not land on it).
  const busyItem: WorkItem = { ...item('0Bz5', true), busy: 'accept' };

  async function render(available: boolean) {
    TestBed.configureTestingModule({
      imports: [WorkItemPanel],
      providers: [
        provideMockStore({
          initialState: {
            workItems: workItemsAdapter.setAll(
              [item('0Bz1', false), item('0Bz2', true), item('0Bz3', true), item('0Bz4', true), busyItem],
              workItemsAdapter.getInitialState({
                panelOpen: true,
                arrivals: 0,
                announcement: '',
                notice: null,
                ...flags,
              }),
            ),
          },
        }),
        { provide: DECLINE_REASONS, useValue: { ok: true, reasons: { required: false, codes: [] } } },
        { provide: WORK_FLAGS_AVAILABLE, useValue: available },
      ],
    });
    const fixture = TestBed.createComponent(WorkItemPanel);
    await fixture.whenStable();
    const rows = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('li'));
    return { rows, store: TestBed.inject(MockStore) };
  }
  const buttons = (li: Element) =>
    Array.from(li.querySelectorAll('button'), (b) => `${b.textContent?.trim()}${b.disabled ? ' (disabled)' : ''}`);

  it('offers Raise flag on accepted items only, Lower flag on a raised one, and shows each flag as text', async () => {
    const { rows, store } = await render(true);
    expect(rows.map(buttons)).toEqual([
      ['Accept', 'Decline'],
      ['Close', 'Lower flag'],
      ['Close', 'Raise flag'],
      ['Close', 'Raise flag (disabled)'],
      ['Close (disabled)', 'Raise flag (disabled)'],
    ]);
    expect(rows[1].querySelector('.flag')?.textContent?.trim()).toBe('Flagged: <b>help</b>');
    expect(rows[1].querySelector('b')).toBeNull();
    expect(rows[2].querySelector('.flag')?.textContent?.trim()).toBe('Flag lowered by a supervisor');
    spyOn(store, 'dispatch');
    (rows[2].querySelectorAll('button')[1] as HTMLButtonElement).click();
    (rows[1].querySelectorAll('button')[1] as HTMLButtonElement).click();
    expect(store.dispatch).toHaveBeenCalledWith(WorkItemPanelActions.raiseFlagClicked({ workId: '0Bz3' }));
    expect(store.dispatch).toHaveBeenCalledWith(WorkItemPanelActions.lowerFlagClicked({ workId: '0Bz2' }));
  });

  it('shows no flag control and no flag where the console has none (Classic)', async () => {
    const { rows } = await render(false);
    expect(rows.map(buttons)).toEqual([['Accept', 'Decline'], ['Close'], ['Close'], ['Close'], ['Close (disabled)']]);
    expect(rows.some((r) => r.querySelector('.flag'))).toBeFalse();
  });
});
