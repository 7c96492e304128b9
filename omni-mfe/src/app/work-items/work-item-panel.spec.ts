import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { DECLINE_REASONS } from './decline-reasons.token';
import { WorkItemPanelActions } from './state/work-items.actions';
import { workItemFrom, type WorkItem } from './state/work-item';
import { workItemsAdapter } from './state/work-items.feature';
import { WorkItemPanel } from './work-item-panel';

describe('WorkItemPanel', () => {
  let assigned: WorkItem;
  let opened: WorkItem;
  // Built per test: ages and countdowns are measured from the real clock at render time.
  beforeEach(() => {
    const now = Date.now();
    assigned = workItemFrom({
      workId: '0Bz000000000001',
      workItemId: '500000000000001',
      isEngaged: false,
      type: 'Case',
      label: '<img src=x onerror="window.pwned=1">',
      priority: 2,
      assignedAt: now - 5000,
      pushDeadline: now + 25_000,
    });
    opened = {
      ...workItemFrom({
        workId: '0Bz000000000002',
        workItemId: '00Q000000000002',
        isEngaged: true,
        type: 'Lead',
        label: 'Acme',
      }),
      busy: 'close',
    };
  });

  async function render(items: WorkItem[], reasonsOk = true, notice: string | null = null) {
    TestBed.configureTestingModule({
      imports: [WorkItemPanel],
      providers: [
        provideMockStore({
          initialState: {
            workItems: workItemsAdapter.setAll(
              items,
              workItemsAdapter.getInitialState({ panelOpen: true, arrivals: 0, announcement: '', notice }),
            ),
          },
        }),
        {
          provide: DECLINE_REASONS,
          useValue: reasonsOk
            ? { ok: true, reasons: { required: true, codes: [{ id: 'a', label: 'A' }] } }
            : {
                ok: false,
                problem:
                  'No decline reason codes are configured: Decline is unavailable until the shell provides some.',
              },
        },
      ],
    });
    const fixture = TestBed.createComponent(WorkItemPanel);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const buttons = (li: Element) =>
    Array.from(li.querySelectorAll('button'), (b) => `${b.textContent?.trim()}${b.disabled ? ' (disabled)' : ''}`);

  // An idle agent's page should wake for the heartbeat alone: the ages' clock runs only when shown.
  const clocks = () => (window.setInterval as unknown as jasmine.Spy).calls.allArgs().filter(([, ms]) => ms === 1000);

  it('runs no clock while the panel has no items, and one while it shows items', async () => {
    spyOn(window, 'setInterval').and.callThrough();
    await render([]);
    expect(clocks().length).toBe(0);
    TestBed.resetTestingModule();
    await render([assigned]);
    expect(clocks().length).toBe(1);
  });

  it('is a region "Omni-Channel work items" with one listitem per item', async () => {
    const el = await render([assigned, opened]);
    const region = el.querySelector('section[aria-label="Omni-Channel work items"]');
    expect(region).not.toBeNull();
    expect(region!.querySelectorAll('li').length).toBe(2);
  });

  it('offers Accept and Decline for new items and Close for accepted ones, waiting while busy', async () => {
    const el = await render([assigned, opened]);
    const [first, second] = [assigned, opened].map((i) =>
      el.querySelector(`li[aria-labelledby="omni-wi-${i.workId}"]`)!,
    );
    expect(buttons(first)).toEqual(['Accept', 'Decline']);
    expect(buttons(second)).toEqual(['Close (disabled)']);
    expect(second.textContent).toContain('Closing…');
  });

  it('shows type, priority, age and the push-timeout countdown', async () => {
    const li = (await render([assigned])).querySelector('li')!;
    expect(li.textContent).toContain('Case');
    expect(li.textContent).toContain('Priority 2');
    expect(li.textContent).toMatch(/Assigned \d+ sec ago/);
    expect(li.textContent).toMatch(/Accept within (2[4-5]) sec/);
  });

  it('renders work-item text as text', async () => {
    const el = await render([assigned]);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror="window.pwned=1">');
  });

  it('dispatches what the agent clicks', async () => {
    const el = await render([assigned, { ...opened, busy: null }]);
    const dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    const [first, second] = [assigned, opened].map((i) =>
      el.querySelector(`li[aria-labelledby="omni-wi-${i.workId}"]`)!,
    );
    (first.querySelectorAll('button')[0] as HTMLButtonElement).click();
    (first.querySelectorAll('button')[1] as HTMLButtonElement).click();
    (second.querySelector('button') as HTMLButtonElement).click();
    expect(dispatch.calls.allArgs()).toEqual([
      [WorkItemPanelActions.acceptClicked({ workId: assigned.workId })],
      [WorkItemPanelActions.declineClicked({ workId: assigned.workId })],
      [WorkItemPanelActions.closeClicked({ workId: opened.workId })],
    ]);
  });

  it('explains a reason-code config error and disables Decline', async () => {
    const el = await render([assigned], false);
    expect(el.textContent).toContain('No decline reason codes are configured');
    expect(buttons(el.querySelector('li')!)).toEqual(['Accept', 'Decline (disabled)']);
  });

  it('shows the notice as an alert', async () => {
    const el = await render([], true, 'Case “X” is no longer yours: it timed out or was withdrawn.');
    expect(el.querySelector('[role=alert]')?.textContent).toContain('is no longer yours');
    expect(el.querySelectorAll('li').length).toBe(0);
  });
});
