import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { inGerman } from '../i18n/testing/german';
import { OmniLauncher } from './omni-launcher';
import { WorkItemPanelActions } from './state/work-items.actions';
import { workItemFrom } from './state/work-item';
import { workItemsAdapter } from './state/work-items.feature';

describe('OmniLauncher', () => {
  const state = (n: number, extra: object = {}) => ({
    workItems: workItemsAdapter.setAll(
      Array.from({ length: n }, (_, i) =>
        workItemFrom({ workId: `0Bz00000000000${i}`, workItemId: `50000000000000${i}`, isEngaged: false }),
      ),
      workItemsAdapter.getInitialState({
        panelOpen: false,
        arrivals: n,
        announcement: n ? 'New Case: Printer on fire' : '',
        notice: null,
        ...extra,
      }),
    ),
  });

  async function render(initial: object) {
    TestBed.configureTestingModule({
      imports: [OmniLauncher],
      providers: [provideMockStore({ initialState: initial })],
    });
    const fixture = TestBed.createComponent(OmniLauncher);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('is a button named "Omni-Channel" whose bubble counts the work items, also as text', async () => {
    const { el } = await render(state(2));
    const button = el.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Omni-Channel');
    expect(button.querySelector('.bubble')?.textContent?.trim()).toBe('2');
    expect(el.querySelector('.count')?.textContent).toBe('2 work items');
  });

  it('blinks for an arrival (not before any) and announces it politely', async () => {
    const quiet = await render(state(0));
    expect(quiet.el.querySelector('.bubble[data-new]')).toBeNull();
    TestBed.inject(MockStore).setState(state(1));
    await quiet.fixture.whenStable();
    expect(quiet.el.querySelector('.bubble[data-new]')).not.toBeNull();
    const live = quiet.el.querySelector('[role=status][aria-live=polite]');
    expect(live?.textContent).toBe('New Case: Printer on fire');
  });

  it('restarts the blink for each new arrival (the animation name takes turns)', async () => {
    const { fixture, el } = await render(state(1));
    const name = () => getComputedStyle(el.querySelector('.bubble')!).animationName;
    const first = name();
    TestBed.inject(MockStore).setState(state(2));
    await fixture.whenStable();
    expect(name()).not.toBe(first);
    expect([first, name()].every((n) => n.includes('omni-blink'))).toBeTrue();
  });

  it('opens and closes the panel, saying whether it is expanded', async () => {
    const { el } = await render(state(1, { panelOpen: true }));
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const button = el.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    button.click();
    expect(dispatch).toHaveBeenCalledWith(WorkItemPanelActions.launcherToggled());
  });
});

describe('OmniLauncher count, in each language', () => {
  const withItems = (n: number) => ({
    workItems: workItemsAdapter.setAll(
      Array.from({ length: n }, (_, i) =>
        workItemFrom({ workId: `0Bz0${i}`, workItemId: `5000${i}`, isEngaged: false }),
      ),
      workItemsAdapter.getInitialState({ panelOpen: false, arrivals: 0, announcement: '', notice: null }),
    ),
  });

  /** The launcher's count in the build's locale (BUILD_LOCALE, 'de' with the German translation loaded). */
  async function countText(n: number): Promise<string | null | undefined> {
    TestBed.configureTestingModule({
      imports: [OmniLauncher],
      providers: [provideMockStore({ initialState: withItems(n) })],
    });
    const fixture = TestBed.createComponent(OmniLauncher);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).querySelector('.count')?.textContent;
  }

  for (const [n, english, german] of [
    [0, '0 work items', '0 Arbeitselemente'],
    [1, '1 work item', '1 Arbeitselement'],
    [2, '2 work items', '2 Arbeitselemente'],
    [21, '21 work items', '21 Arbeitselemente'],
  ] as const) {
    it(`says "${english}" in English and "${german}" in German`, async () => {
      expect(await countText(n)).toBe(english);
      TestBed.resetTestingModule();
      expect(await inGerman(() => countText(n))).toBe(german);
    });
  }
});
