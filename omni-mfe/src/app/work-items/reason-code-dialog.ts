import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, signal } from '@angular/core';
import { ReasonCodePrompt, type ReasonCodeRequest } from './reason-code-prompt';

/**
 * "Decline work item": the agent picks a reason code. The platform's modal `<dialog>` does what
 * a dialog must: the rest of the page goes inert (focus stays inside), Escape cancels, and it
 * sits in the top layer above any shell's stacking; `closedby="any"` lets a click outside cancel
 * too (where the browser supports it). Decline closes with the chosen code and insists on one
 * when required; Cancel, Escape and a click outside cancel.
 */
@Component({
  selector: 'omni-reason-code-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown)': 'keepTabInside($event)' },
  template: `
    <dialog closedby="any" aria-labelledby="omni-decline-title" (close)="closed()">
      @if (prompt.request(); as request) {
        <form class="omni-decline" (submit)="decline($event, request)" novalidate>
          <h2 id="omni-decline-title">Decline work item</h2>
          <p class="item">{{ request.data.itemName }}</p>
          <fieldset role="radiogroup" aria-label="Reason" [attr.aria-required]="request.data.reasons.required" [attr.aria-invalid]="missing()" aria-describedby="omni-decline-hint">
            <legend>Reason code</legend>
            @for (code of request.data.reasons.codes; track code.id) {
              <label><input type="radio" name="reason" [value]="code.id" [checked]="chosen() === code.id" (change)="choose(code.id)" /> {{ code.label }}</label>
            }
          </fieldset>
          <p id="omni-decline-hint" class="hint" [attr.data-missing]="missing() ? '' : null" [attr.role]="missing() ? 'alert' : null">
            {{ missing() ? 'Choose a reason code to decline this work item.' : request.data.reasons.required ? 'A reason code is required.' : 'A reason code is optional.' }}
          </p>
          <div class="actions">
            <button type="submit">Decline</button>
            <button type="button" (click)="request.answer(undefined)">Cancel</button>
          </div>
        </form>
      }
    </dialog>
  `,
  styles: `
    dialog { padding: 0; border: none; border-radius: 6px; background: #fff; color: #181818; box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); }
    dialog::backdrop { background: rgb(0 0 0 / 0.32); }
    .omni-decline { padding: 1rem 1.25rem; min-width: 18rem; font: 14px/1.4 system-ui, sans-serif; }
    h2 { font-size: 1rem; margin: 0 0 0.25rem; }
    fieldset { border: 1px solid #c9c9c9; border-radius: 4px; display: flex; flex-direction: column; gap: 0.25rem; }
    .hint { font-size: 0.9em; color: #444; }
    .hint[data-missing] { color: #8e030f; }
    .actions { display: flex; gap: 0.5rem; justify-content: flex-end; }
  `,
})
export class ReasonCodeDialog {
  protected readonly prompt = inject(ReasonCodePrompt);
  /**
   * The `<dialog>` is found in the component's own element: a view query (viewChild or
   * @ViewChild) would add Angular's query machinery, 2.8 KB gz, for this one element.
   */
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly chosen = signal<string | null>(null);
  protected readonly missing = signal(false);
  private shown: ReasonCodeRequest | null = null;
  /** Where focus was before the dialog opened: it goes back there if that is still on the page. */
  private opener: HTMLElement | null = null;

  constructor() {
    effect(() => {
      const request = this.prompt.request();
      // Each question starts afresh, even one that follows the last with no render between.
      this.chosen.set(null);
      this.missing.set(false);
      // Effects run before the view is refreshed: open once the question is drawn.
      queueMicrotask(() => this.follow(request));
    });
  }

  protected choose(id: string): void {
    this.chosen.set(id);
    this.missing.set(false);
  }

  protected decline(event: Event, request: ReasonCodeRequest): void {
    event.preventDefault();
    const reason = this.chosen();
    if (reason === null && request.data.reasons.required) {
      this.missing.set(true);
      return;
    }
    request.answer(reason ?? '');
  }

  /** Escape, a click outside or an answer closed the dialog: an unanswered request is cancelled. */
  protected closed(): void {
    const dialog = this.dialogElement();
    // The close event is queued: the next question may be asked, or even shown, meanwhile.
    // Only the question that was on screen is cancelled.
    if (!dialog || dialog.open) return;
    if (this.shown && this.shown === this.prompt.request()) this.shown.answer(undefined);
    if (this.opener?.isConnected && !dialog.contains(document.activeElement)) this.opener.focus();
    this.opener = null;
  }

  /**
   * Tab past the last control comes back to the first, Shift+Tab before the first goes to the
   * last. A modal <dialog> makes only its own document inert, and Desktop Connect is a frame in
   * the console: without this, Tab would walk out into the console with the question open.
   * (The CDK's focus trap does the same for 3.8 KB gz; the tab stops here are known: the reason
   * group, which is one stop, then the buttons.)
   */
  protected keepTabInside(event: KeyboardEvent): void {
    const dialog = this.dialogElement();
    if (event.key !== 'Tab' || !dialog) return;
    const radios = Array.from(dialog.querySelectorAll<HTMLInputElement>('input[type=radio]'));
    const stops = [radios.find((r) => r.checked) ?? radios[0], ...Array.from(dialog.querySelectorAll<HTMLButtonElement>('button:not([disabled])'))].filter((e) => e !== undefined);
    const active = document.activeElement;
    const atStart = active === stops[0] || radios.includes(active as HTMLInputElement);
    const leaving = event.shiftKey ? atStart || active === dialog : active === stops[stops.length - 1];
    if (!leaving || stops.length === 0) return;
    event.preventDefault();
    (event.shiftKey ? stops[stops.length - 1] : stops[0]).focus();
  }

  private dialogElement(): HTMLDialogElement | null {
    return this.host.querySelector('dialog');
  }

  /** Opens the dialog on a new question, or closes it when there is none. */
  private follow(request: ReasonCodeRequest | null): void {
    const dialog = this.dialogElement();
    if (!dialog || request !== this.prompt.request() || request === this.shown) return;
    this.shown = request;
    if (!request) {
      dialog.close();
      return;
    }
    if (!dialog.open) {
      this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    // A question that follows the last with no render between must not inherit its choice.
    dialog.querySelector('form')?.reset();
    // Start on the first reason code whatever the browser's own dialog focusing rules pick.
    dialog.querySelector<HTMLElement>('input, button')?.focus();
  }
}
