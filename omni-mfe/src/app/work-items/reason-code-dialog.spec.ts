import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { TestBed } from '@angular/core/testing';
import { ReasonCodeDialog } from './reason-code-dialog';

describe('ReasonCodeDialog', () => {
  async function render(required: boolean) {
    const close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      imports: [ReasonCodeDialog],
      providers: [
        { provide: DIALOG_DATA, useValue: { itemName: 'Chat “Hi”', reasons: { required, codes: [{ id: 'skill', label: 'Not my skill' }, { id: 'busy', label: 'Busy' }] } } },
        { provide: DialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(ReasonCodeDialog);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (name: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === name)!;
    return { fixture, el, close, button };
  }

  it('offers the reason codes in a radiogroup named "Reason"', async () => {
    const { el } = await render(true);
    const group = el.querySelector('[role=radiogroup][aria-label="Reason"]')!;
    expect(Array.from(group.querySelectorAll('label'), (l) => l.textContent?.trim())).toEqual(['Not my skill', 'Busy']);
  });

  it('insists on a reason when one is required', async () => {
    const { fixture, el, close, button } = await render(true);
    button('Decline').click();
    await fixture.whenStable();
    expect(close).not.toHaveBeenCalled();
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe('Choose a reason code to decline this work item.');
    (el.querySelector('input[value=busy]') as HTMLInputElement).click();
    button('Decline').click();
    expect(close).toHaveBeenCalledWith('busy');
  });

  it('declines without a reason when none is required, and Cancel closes with nothing', async () => {
    const { close, button } = await render(false);
    button('Decline').click();
    expect(close).toHaveBeenCalledWith('');
    button('Cancel').click();
    expect(close.calls.mostRecent().args).toEqual([]);
  });
});

describe('ReasonCodePrompt', () => {
  it('closes the dialog as cancelled when its work item goes away meanwhile', async () => {
    const { ReasonCodePrompt } = await import('./reason-code-prompt');
    const { Subject } = await import('rxjs');
    TestBed.configureTestingModule({});
    const gone$ = new Subject<void>();
    const results: unknown[] = [];
    TestBed.inject(ReasonCodePrompt)
      .ask({ itemName: 'Case “X”', reasons: { required: true, codes: [{ id: 'a', label: 'A' }] } }, gone$)
      .subscribe({ next: (r) => results.push(r), complete: () => results.push('closed') });
    await new Promise((r) => setTimeout(r));
    expect(document.querySelector('.cdk-dialog-container')).not.toBeNull();
    gone$.next();
    await new Promise((r) => setTimeout(r));
    expect(results).toEqual([undefined, 'closed']);
    expect(document.querySelector('.cdk-dialog-container')).toBeNull();
  });
});
