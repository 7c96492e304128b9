import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { ReasonCodeDialog } from './reason-code-dialog';
import { ReasonCodePrompt, type ReasonCodeDialogData } from './reason-code-prompt';

const CODES = [{ id: 'skill', label: 'Not my skill' }, { id: 'busy', label: 'Busy' }];

describe('ReasonCodeDialog', () => {
  let opener: HTMLButtonElement;

  beforeEach(() => {
    opener = document.body.appendChild(document.createElement('button'));
    opener.textContent = 'Decline';
  });
  afterEach(() => opener.remove());

  async function ask(required: boolean, gone$ = new Subject<void>()) {
    const fixture = TestBed.createComponent(ReasonCodeDialog);
    await fixture.whenStable();
    opener.focus();
    const answers: unknown[] = [];
    const data: ReasonCodeDialogData = { itemName: 'Chat “Hi”', reasons: { required, codes: CODES } };
    TestBed.inject(ReasonCodePrompt).ask(data, gone$).subscribe({ next: (r) => answers.push(r), complete: () => answers.push('completed') });
    await fixture.whenStable();
    const dialog = (fixture.nativeElement as HTMLElement).querySelector('dialog')!;
    const button = (name: string) => Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent?.trim() === name)!;
    /** The dialog's close event is a task of its own, and may come after timers. */
    const settle = async () => {
      await new Promise((r) => dialog.addEventListener('close', r, { once: true }));
      await fixture.whenStable();
    };
    return { fixture, dialog, answers, button, settle };
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
    const tab = (shiftKey = false) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }));
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

  it('insists on a reason when one is required, then answers with it and gives the focus back', async () => {
    const { fixture, dialog, answers, button, settle } = await ask(true);
    button('Decline').click();
    await fixture.whenStable();
    expect(answers).toEqual([]);
    expect(dialog.querySelector('[role=alert]')?.textContent?.trim()).toBe('Choose a reason code to decline this work item.');
    (dialog.querySelector('input[value=busy]') as HTMLInputElement).click();
    button('Decline').click();
    await settle();
    expect(answers).toEqual(['busy', 'completed']);
    expect(dialog.open).toBeFalse();
    expect(document.activeElement).toBe(opener);
  });

  it('declines without a reason when none is required', async () => {
    const { answers, button, settle } = await ask(false);
    button('Decline').click();
    await settle();
    expect(answers).toEqual(['', 'completed']);
  });

  it('Cancel and Escape (a close request) cancel', async () => {
    const cancel = await ask(true);
    cancel.button('Cancel').click();
    await cancel.settle();
    expect(cancel.answers).toEqual([undefined, 'completed']);

    TestBed.resetTestingModule();
    const escape = await ask(true);
    (escape.dialog as HTMLDialogElement & { requestClose(): void }).requestClose();
    await escape.settle();
    expect(escape.answers).toEqual([undefined, 'completed']);
  });

  it('closes as cancelled when its work item goes away meanwhile', async () => {
    const gone$ = new Subject<void>();
    const { dialog, answers, settle } = await ask(true, gone$);
    gone$.next();
    await settle();
    expect(answers).toEqual([undefined, 'completed']);
    expect(dialog.open).toBeFalse();
  });

  it('starts the next question afresh, even before the previous close event arrives', async () => {
    const { fixture, dialog, answers, button } = await ask(false);
    (dialog.querySelector('input[value=skill]') as HTMLInputElement).click();
    button('Decline').click();
    const next: unknown[] = [];
    TestBed.inject(ReasonCodePrompt)
      .ask({ itemName: 'Lead “Acme”', reasons: { required: false, codes: CODES } }, new Subject())
      .subscribe((r) => next.push(r));
    await fixture.whenStable();
    expect(answers).toEqual(['skill', 'completed']);
    expect(next).toEqual([]);
    expect(dialog.open).toBeTrue();
    expect(dialog.querySelector('.item')?.textContent).toBe('Lead “Acme”');
    expect((dialog.querySelector('input[value=skill]') as HTMLInputElement).checked).toBeFalse();
  });

  // A late close event of the last question is dispatched by hand, at the moment under test.
  async function answeredThenAskedAgain() {
    const first = await ask(false);
    first.button('Decline').click();
    await first.settle();
    const next: unknown[] = [];
    TestBed.inject(ReasonCodePrompt)
      .ask({ itemName: 'Lead “Acme”', reasons: { required: false, codes: CODES } }, new Subject())
      .subscribe((r) => next.push(r));
    return { ...first, next };
  }

  it('a late close event does not cancel the next question, asked but not yet shown', async () => {
    const { fixture, dialog, answers, next } = await answeredThenAskedAgain();
    dialog.dispatchEvent(new Event('close'));
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    expect(answers).toEqual(['', 'completed']);
    expect(next).toEqual([]);
    expect(dialog.open).toBeTrue();
    expect(dialog.querySelector('.item')?.textContent).toBe('Lead “Acme”');
  });

  it('a late close event does not cancel the next question once it is shown', async () => {
    const { fixture, dialog, next } = await answeredThenAskedAgain();
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    expect(dialog.open).toBeTrue();
    dialog.dispatchEvent(new Event('close'));
    await new Promise((r) => setTimeout(r));
    expect(next).toEqual([]);
    expect(dialog.open).toBeTrue();
  });
});
