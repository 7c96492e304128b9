import { TestBed } from '@angular/core/testing';
import { ActionsSubject, provideState, provideStore, Store, type Action } from '@ngrx/store';
import { DECLINE_REASONS } from './decline-reasons.token';
import { ReasonCodeDialog } from './reason-code-dialog';
import { OmniWorkEvents, ReasonCodeDialogActions, WorkItemPanelActions } from './state/work-items.actions';
import { WORK_ITEMS_STORE_CONFIG } from './state/work-items.config';
import { workItemsFeature } from './state/work-items.feature';

const CODES = [
  { id: 'skill', label: 'Not my skill' },
  { id: 'busy', label: 'Busy' },
];

describe('ReasonCodeDialog', () => {
  let opener: HTMLButtonElement;

  beforeEach(() => {
    opener = document.body.appendChild(document.createElement('button'));
    opener.textContent = 'Decline';
  });
  afterEach(() => opener.remove());

  /** The dialog over a real store holding a Chat (0Bz1) and a Lead (0Bz2), asked about the Chat. */
  async function ask(required: boolean) {
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideState(workItemsFeature.name, workItemsFeature.reducer, WORK_ITEMS_STORE_CONFIG),
        { provide: DECLINE_REASONS, useValue: { ok: true, reasons: { required, codes: CODES } } },
      ],
    });
    const store = TestBed.inject(Store);
    /** What the dialog dispatched (not what the test did for the agent). */
    const said: Action[] = [];
    const mine = new Set<Action>();
    TestBed.inject(ActionsSubject).subscribe(
      (a) => a.type.startsWith('[Reason Code Dialog]') && !mine.has(a) && said.push(a),
    );
    store.dispatch(
      OmniWorkEvents.workAssigned({
        work: { workId: '0Bz1', workItemId: '570000000000001', isEngaged: false, label: 'Hi' },
      }),
    );
    store.dispatch(
      OmniWorkEvents.workAssigned({
        work: { workId: '0Bz2', workItemId: '00Q000000000002', isEngaged: false, label: 'Acme' },
      }),
    );
    const fixture = TestBed.createComponent(ReasonCodeDialog);
    await fixture.whenStable();
    opener.focus();
    /** The store's question changes as the reducer decides the agent's clicks and answers. */
    const show = async (...actions: Action[]) => {
      for (const action of actions) {
        mine.add(action);
        store.dispatch(action);
      }
      await fixture.whenStable();
      await new Promise((r) => setTimeout(r));
    };
    await show(WorkItemPanelActions.declineClicked({ workId: '0Bz1' }));
    const dialog = (fixture.nativeElement as HTMLElement).querySelector('dialog')!;
    const button = (name: string) =>
      Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent?.trim() === name)!;
    /** The dialog's close event is a task of its own, and may come after timers. */
    const settle = async () => {
      await new Promise((r) => dialog.addEventListener('close', r, { once: true }));
      await fixture.whenStable();
    };
    return { fixture, dialog, said, button, settle, show };
  }

  it('opens modal, named "Decline work item", with the focus on the first reason code', async () => {
    const { dialog } = await ask(true);
    expect(dialog.open).toBeTrue();
    expect(dialog.matches(':modal')).toBeTrue();
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Decline work item');
    expect(dialog.querySelector('.item')?.textContent).toBe('Chat “Hi”');
    const group = dialog.querySelector('[role=radiogroup][aria-label="Reason"]')!;
    expect(Array.from(group.querySelectorAll('label'), (l) => l.textContent?.trim())).toEqual(['Not my skill', 'Busy']);
    expect(document.activeElement).toBe(group.querySelector('input'));
  });

  it('keeps Tab inside: past Cancel to the reason group (its checked radio), before it to Cancel', async () => {
    const { dialog, button } = await ask(true);
    const tab = (shiftKey = false) =>
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }),
      );
    button('Cancel').focus();
    expect(tab()).toBeFalse();
    expect(document.activeElement).toBe(dialog.querySelector('input[value=skill]'));
    (dialog.querySelector('input[value=busy]') as HTMLInputElement).click();
    expect(tab(true)).toBeFalse();
    expect(document.activeElement).toBe(button('Cancel'));
    expect(tab()).toBeFalse();
    expect(document.activeElement).toBe(dialog.querySelector('input[value=busy]'));
    button('Decline').focus();
    expect(tab()).toBeTrue();
    expect(document.activeElement).toBe(button('Decline'));
  });

  it('tells what the agent chose, and leaves the decision to the store', async () => {
    const { dialog, said, button } = await ask(true);
    button('Decline').click();
    (dialog.querySelector('input[value=busy]') as HTMLInputElement).click();
    button('Decline').click();
    expect(said).toEqual([
      ReasonCodeDialogActions.declineSubmitted({ workId: '0Bz1', reason: null }),
      ReasonCodeDialogActions.declineSubmitted({ workId: '0Bz1', reason: 'busy' }),
    ]);
    expect(dialog.open).toBeTrue();
  });

  it('shows the alert for a missing required code while the store says so', async () => {
    const { dialog, show } = await ask(true);
    expect(dialog.querySelector('[role=alert]')).toBeNull();
    await show(ReasonCodeDialogActions.declineSubmitted({ workId: '0Bz1', reason: null }));
    expect(dialog.querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'Choose a reason code to decline this work item.',
    );
    expect(dialog.querySelector('[role=radiogroup]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('closes when the question goes (the decline started), without cancelling, and gives the focus back', async () => {
    const { dialog, said, show } = await ask(false);
    await show(ReasonCodeDialogActions.declineSubmitted({ workId: '0Bz1', reason: null }));
    expect(dialog.open).toBeFalse();
    expect(said).toEqual([]);
    expect(document.activeElement).toBe(opener);
  });

  it('Cancel and Escape (a close request) cancel', async () => {
    const cancel = await ask(true);
    cancel.button('Cancel').click();
    await cancel.settle();
    expect(cancel.said).toEqual([ReasonCodeDialogActions.cancelled({ workId: '0Bz1' })]);

    TestBed.resetTestingModule();
    const escape = await ask(true);
    (escape.dialog as HTMLDialogElement & { requestClose(): void }).requestClose();
    await escape.settle();
    expect(escape.said).toEqual([ReasonCodeDialogActions.cancelled({ workId: '0Bz1' })]);
  });

  it('starts the next question afresh, and a late close event of the last one cancels nothing', async () => {
    const { dialog, said, show } = await ask(false);
    (dialog.querySelector('input[value=skill]') as HTMLInputElement).click();
    // The last question ends and the next is asked before the dialog has drawn either.
    await show(
      ReasonCodeDialogActions.cancelled({ workId: '0Bz1' }),
      WorkItemPanelActions.declineClicked({ workId: '0Bz2' }),
    );
    dialog.dispatchEvent(new Event('close'));
    await new Promise((r) => setTimeout(r));
    expect(said).toEqual([]);
    expect(dialog.open).toBeTrue();
    expect(dialog.querySelector('.item')?.textContent).toBe('Lead “Acme”');
    expect((dialog.querySelector('input[value=skill]') as HTMLInputElement).checked).toBeFalse();
  });
});
