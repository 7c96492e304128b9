import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { createSelector, Store } from '@ngrx/store';
import { FLAG_MESSAGE_MAX } from '@shared/protocol/console-data.schema';
import { workItemsFeature } from '../state/work-items.feature';
import { workItemName } from '../state/work-item';
import { ModalQuestion } from '../modal-question';
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
 * reason-code-dialog.ts), on the same ModalQuestion: the platform's modal `<dialog>`, the store's
 * question alone, Escape and Cancel cancel, Tab stays inside, focus goes back.
 */
@Component({
  selector: 'omni-flag-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown)': 'modal.keepTabInside($event)' },
  template: `
    <dialog closedby="any" aria-labelledby="omni-flag-title" (close)="modal.closed()">
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
  styleUrl: '../question-dialog.css',
  styles: `
    .omni-flag {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    h2,
    p {
      margin: 0;
    }
    textarea {
      font: inherit;
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
  protected readonly modal = new ModalQuestion(
    () => this.question()?.workId ?? null,
    (workId) => this.cancel(workId),
    (dialog) => {
      this.missing.set(false);
      dialog.querySelector('textarea')?.focus();
    },
  );

  protected submit(event: Event, workId: string): void {
    event.preventDefault();
    const field = this.modal.dialog()?.querySelector('textarea');
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
}
