import { TestBed } from '@angular/core/testing';
import { ActionsSubject, provideState, provideStore, Store, type Action } from '@ngrx/store';
import { DECLINE_REASONS } from '../decline-reasons.token';
import { OmniWorkEvents, WorkItemPanelActions } from '../state/work-items.actions';
import { WORK_ITEMS_STORE_CONFIG } from '../state/work-items.config';
import { workItemsFeature } from '../state/work-items.feature';
import { ReasonCodeDialog } from '../reason-code-dialog';

/** The "Raise flag" question, asked in the work items' dialog (ReasonCodeDialog). */
describe('Raise flag dialog', () => {
  let opener: HTMLButtonElement;
  beforeEach(() => {
    opener = document.body.appendChild(document.createElement('button'));
    opener.textContent = 'Raise flag';
  });
  afterEach(() => opener.remove());

  /** The dialog over a real store holding an accepted Case, asked about it. */
  async function ask() {
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideState(workItemsFeature.name, workItemsFeature.reducer, WORK_ITEMS_STORE_CONFIG),
        { provide: DECLINE_REASONS, useValue: { ok: true, reasons: { required: false, codes: [] } } },
      ],
    });
    const store = TestBed.inject(Store);
    const said: Action[] = [];
    TestBed.inject(ActionsSubject).subscribe((a) => a.type.startsWith('[Reason Code Dialog]') && said.push(a));
    store.dispatch(
      OmniWorkEvents.workAssigned({
        work: { workId: '0Bz1', workItemId: '500000000000001', isEngaged: true, type: 'Case', label: 'Printer' },
      }),
    );
    const fixture = TestBed.createComponent(ReasonCodeDialog);
    await fixture.whenStable();
    opener.focus();
    store.dispatch(WorkItemPanelActions.raiseFlagClicked({ workId: '0Bz1' }));
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    const dialog = (fixture.nativeElement as HTMLElement).querySelector('dialog')!;
    const button = (name: string) =>
      Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent?.trim() === name)!;
    return { fixture, dialog, said, button, message: dialog.querySelector('textarea')! };
  }

  it('opens modal on the message, named "Raise flag", with the item and a limit', async () => {
    const { dialog, message } = await ask();
    expect(dialog.open).toBeTrue();
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent?.trim()).toBe('Raise flag');
    expect(dialog.textContent).toContain('Case “Printer”');
    expect(document.activeElement).toBe(message);
    expect(message.labels?.[0]?.textContent?.trim()).toBe('Message for your supervisor');
    expect(message.maxLength).toBe(255);
  });

  it('refuses an empty message with an alert, then raises with the message trimmed', async () => {
    const { fixture, dialog, said, button, message } = await ask();
    button('Raise flag').click();
    await fixture.whenStable();
    expect(said).toEqual([]);
    expect(dialog.querySelector('[role=alert]')?.textContent?.trim()).toBe('Write what you need help with.');
    expect(message.getAttribute('aria-invalid')).toBe('true');
    message.value = '  Need a hand  ';
    button('Raise flag').click();
    expect(said.map((a) => a.type)).toEqual(['[Reason Code Dialog] Raise Flag Submitted']);
    expect(said[0]).toEqual(jasmine.objectContaining({ workId: '0Bz1', message: 'Need a hand' }));
  });

  it('keeps Tab inside: past Cancel comes back to the message, Shift+Tab before it goes to Cancel', async () => {
    const { dialog, button, message } = await ask();
    button('Cancel').focus();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(message);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(button('Cancel'));
  });

  it('cancels on Cancel, closes, and gives the focus back', async () => {
    const { fixture, dialog, said, button } = await ask();
    button('Cancel').click();
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    expect(said.map((a) => a.type)).toEqual(['[Reason Code Dialog] Cancelled']);
    expect(dialog.open).toBeFalse();
    expect(document.activeElement).toBe(opener);
  });
});
