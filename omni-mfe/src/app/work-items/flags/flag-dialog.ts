import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, signal } from '@angular/core';
import { createSelector, Store } from '@ngrx/store';
import { FLAG_MESSAGE_MAX } from '@shared/protocol/console-data.schema';
import { workItemsFeature } from '../state/work-items.feature';
import { workItemName } from '../state/work-item';
import { FlagDialogActions } from './work-flags.actions';
import type { WorkFlagsState } from './work-flags.feature';

/** The item the dialog asks about, with its name; null while the dialog is closed. */
const selectFlagQuestion = createSelector(
  (state: { workFlags?: WorkFlagsState }) => state.workFlags?.asking ?? null,
  workItemsFeature.selectEntities,
  (workId, items) => {
    const item = workId === null ? undefined : items[workId];
    return workId !== null && item ? { workId, itemName: workItemName(item) } : null;
  },
);

/**
 * "Raise flag": the agent writes what they need from a supervisor (required, at most
 * FLAG_MESSAGE_MAX characters). Built as the "Decline work item" dialog is (see
 * reason-code-dialog.ts): the platform's modal `<dialog>`, the store's question alone, Escape and
 * Cancel cancel, Tab stays inside (Desktop Connect is a frame in the console), focus goes back.
 */
@Component({
  selector: 'omni-flag-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown)': 'keepTabInside($event)' },
  template: `
    <dialog closedby="any" aria-labelledby="omni-flag-title" (close)="closed()">
      @if (question(); as q) {
        <form class="omni-flag" (submit)="submit($event, q.workId)" novalidate>
          <h2 id="omni-flag-title">{{ text.title }}</h2>
          <p class="item">{{ q.itemName }}</p>
          <label for="omni-flag-message">{{ text.label }}</label>
          <textarea
            id="omni-flag-message"
            name="message"
            rows="3"
            required
            [attr.maxlength]="max"
            aria-describedby="omni-flag-hint"
            [attr.aria-invalid]="missing() ? true : null"
          ></textarea>
          <p
            id="omni-flag-hint"
            class="hint"
            [attr.data-missing]="missing() ? '' : null"
            [attr.role]="missing() ? 'alert' : null"
          >
            {{ missing() ? text.missing : text.hint }}
          </p>
          <div class="actions">
            <button type="submit">{{ text.raise }}</button>
            <button type="button" (click)="cancel(q.workId)">{{ text.cancel }}</button>
          </div>
        </form>
      }
    </dialog>
  `,
  styles: `
    dialog {
      padding: 0;
      border: none;
      border-radius: 6px;
      background: #fff;
      color: #181818;
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.3);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.32);
    }
    .omni-flag {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      padding: 1rem 1.25rem;
      min-width: 18rem;
      font:
        14px/1.4 system-ui,
        sans-serif;
    }
    h2 {
      font-size: 1rem;
      margin: 0;
    }
    p {
      margin: 0;
    }
    textarea {
      font: inherit;
    }
    .hint {
      font-size: 0.9em;
      color: #444;
    }
    .hint[data-missing] {
      color: #8e030f;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      justify-content: flex-end;
    }
  `,
})
export class FlagDialog {
  protected readonly max = FLAG_MESSAGE_MAX;
  protected readonly text = {
    title: $localize`:the flag dialog's title:Raise flag`,
    label: $localize`:the flag dialog's message field:Message for your supervisor`,
    hint: $localize`:the flag dialog's hint; max is a number of characters:Required, up to ${FLAG_MESSAGE_MAX}:max: characters.`,
    missing: $localize`:the flag dialog, when Raise flag was pressed with no message:Write what you need help with.`,
    raise: $localize`:raises the flag with the message:Raise flag`,
    cancel: $localize`:closes the flag dialog, raising nothing:Cancel`,
  } as const;
  private readonly store = inject(Store);
  protected readonly question = this.store.selectSignal(selectFlagQuestion);
  /** Raise flag was pressed with an empty message: the hint says what is missing. */
  protected readonly missing = signal(false);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private shown: string | null = null;
  private opener: HTMLElement | null = null;

  constructor() {
    effect(() => {
      const workId = this.question()?.workId ?? null;
      // Effects run before the view is refreshed: open once the question is drawn.
      queueMicrotask(() => this.follow(workId));
    });
  }

  protected submit(event: Event, workId: string): void {
    event.preventDefault();
    const field = this.dialog()?.querySelector('textarea');
    const message = (field?.value ?? '').trim();
    this.missing.set(message === '');
    if (message === '') {
      field?.focus();
      return;
    }
    this.store.dispatch(FlagDialogActions.raiseSubmitted({ workId, message: message.slice(0, FLAG_MESSAGE_MAX) }));
  }

  protected cancel(workId: string): void {
    this.store.dispatch(FlagDialogActions.cancelled({ workId }));
  }

  /** Escape, a click outside or an answer closed the dialog: an unanswered question is cancelled. */
  protected closed(): void {
    const dialog = this.dialog();
    if (!dialog || dialog.open) return;
    if (this.shown !== null && this.shown === (this.question()?.workId ?? null)) this.cancel(this.shown);
    if (this.opener?.isConnected && !dialog.contains(document.activeElement)) this.opener.focus();
    this.opener = null;
  }

  /** Tab past the last control comes back to the message, Shift+Tab before it goes to the last. */
  protected keepTabInside(event: KeyboardEvent): void {
    const dialog = this.dialog();
    if (!dialog?.open || event.key !== 'Tab') return;
    const stops = Array.from(dialog.querySelectorAll<HTMLElement>('textarea, button:not([disabled])'));
    const [first, last] = [stops[0], stops[stops.length - 1]];
    const active = document.activeElement;
    const leaving = event.shiftKey ? active === first || active === dialog : active === last;
    if (!leaving || !first) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.querySelector('dialog');
  }

  /** Opens the dialog on a new question, with an empty message, or closes it when there is none. */
  private follow(workId: string | null): void {
    const dialog = this.dialog();
    if (!dialog || workId !== (this.question()?.workId ?? null) || workId === this.shown) return;
    this.shown = workId;
    if (workId === null) {
      dialog.close();
      return;
    }
    if (!dialog.open) {
      this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    this.missing.set(false);
    dialog.querySelector('form')?.reset();
    dialog.querySelector('textarea')?.focus();
  }
}
