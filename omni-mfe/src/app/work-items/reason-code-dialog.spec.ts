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
