import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { DECLINE_REASONS } from './decline-reasons.token';
import { workItemFrom, type WorkItem } from './state/work-item';
import { workItemsAdapter } from './state/work-items.feature';
import { WorkItemPanel } from './work-item-panel';

/** A keyboard user's focus in the work-item panel while items change under it. */
describe('WorkItemPanel focus after a change', () => {
  const item = (n: number, changes: Partial<WorkItem> = {}): WorkItem => ({
    ...workItemFrom({
      workId: `0Bz00000000000${n}`,
      workItemId: `50000000000000${n}`,
      isEngaged: false,
      type: 'Case',
      label: `Case ${n}`,
    }),
    ...changes,
  });
  let store: MockStore;
  let fixture: ComponentFixture<WorkItemPanel>;
  let el: HTMLElement;
  let outside: HTMLButtonElement;
  let hasFocus: jasmine.Spy;

  beforeEach(async () => {
    // Whether the test runner's frame has the window's focus is up to the runner.
    hasFocus = spyOn(document, 'hasFocus').and.returnValue(true);
    outside = document.body.appendChild(document.createElement('button'));
    outside.textContent = 'Elsewhere';
    TestBed.configureTestingModule({
      imports: [WorkItemPanel],
      providers: [
        provideMockStore({ initialState: stateOf([]) }),
        { provide: DECLINE_REASONS, useValue: { ok: true, reasons: { required: false, codes: [] } } },
      ],
    });
    store = TestBed.inject(MockStore);
    fixture = TestBed.createComponent(WorkItemPanel);
    el = fixture.nativeElement as HTMLElement;
    await show([item(1), item(2)]);
  });
  afterEach(() => outside.remove());

  function stateOf(items: WorkItem[]) {
    return {
      workItems: workItemsAdapter.setAll(
        items,
        workItemsAdapter.getInitialState({ panelOpen: true, arrivals: 0, announcement: '', notice: null }),
      ),
    };
  }
  /** Sets the items and waits until the panel has drawn them and looked after the focus. */
  async function show(items: WorkItem[]) {
    store.setState(stateOf(items));
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    // A frame drawn: the browser takes the focus off a disabled button then.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  }
  const button = (n: number, name: string) =>
    Array.from(el.querySelectorAll(`li[data-work-id="0Bz00000000000${n}"] button`)).find(
      (b) => b.textContent?.trim() === name,
    ) as HTMLButtonElement;
  /** "Case 1 Close", "panel" or "body". */
  function focused(): string {
    const active = document.activeElement;
    if (active === document.body) return 'body';
    if (active === el.querySelector('section')) return 'panel';
    return `${active?.closest('li')?.querySelector('.label')?.textContent ?? ''} ${active?.textContent?.trim()}`.trim();
  }

  it("goes from Accept to the same item's Close once the console has accepted it", async () => {
    button(1, 'Accept').focus();
    await show([item(1, { busy: 'accept' }), item(2)]);
    await show([item(1, { status: 'Opened' }), item(2)]);
    expect(focused()).toBe('Case 1 Close');
  });

  it('comes back to the button pressed when the console refused it', async () => {
    button(2, 'Decline').focus();
    await show([item(1), item(2, { busy: 'decline' })]);
    await show([item(1), item(2)]);
    expect(focused()).toBe('Case 2 Decline');
  });

  it("goes to the item that took a declined one's place, or the one before it at the end", async () => {
    button(1, 'Decline').focus();
    await show([item(1, { busy: 'decline' }), item(2)]);
    await show([item(2)]);
    expect(focused()).toBe('Case 2 Accept');

    await show([item(2), item(3)]);
    button(3, 'Decline').focus();
    await show([item(2)]);
    expect(focused()).toBe('Case 2 Accept');
  });

  it('goes to the panel when the last item leaves, so that Tab carries on from there', async () => {
    await show([item(1)]);
    button(1, 'Accept').focus();
    await show([]);
    expect(focused()).toBe('panel');
  });

  it('stays where the agent took it: another control, or the page after a click on a blank spot', async () => {
    button(1, 'Accept').focus();
    outside.focus();
    await show([item(2)]);
    expect(document.activeElement).toBe(outside);

    button(2, 'Accept').focus();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    button(2, 'Accept').blur();
    await show([item(2), item(3)]);
    expect(document.activeElement).toBe(document.body);
  });

  it('never takes the focus back from the console around the softphone', async () => {
    button(1, 'Accept').focus();
    hasFocus.and.returnValue(false);
    await show([item(2)]);
    expect(el.contains(document.activeElement)).toBeFalse();
  });
});
