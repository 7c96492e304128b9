import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import type { DeclineReasons } from '@shared/contracts/decline-reasons';
import { FLAG_MESSAGE_MAX } from '@shared/protocol/console-data.schema';
import { DECLINE_REASONS } from './decline-reasons.token';
import { FLAG_QUESTION_TEXT, selectFlagQuestion } from './flags/flag-question';
import { ModalQuestion } from './modal-question';
import { ReasonCodeDialogActions } from './state/work-items.actions';
import { selectDeclineQuestion } from './state/work-items.selectors';

/** What the dialog asks: about which item, from which codes, and whether a required one is missing. */
export interface ReasonCodeQuestion {
  readonly workId: string;
  readonly itemName: string;
  readonly reasons: DeclineReasons;
  readonly missing: boolean;
}

/**
 * The work items' questions in one modal dialog: "Decline work item" (below) and, in Lightning,
 * "Raise flag", where the agent writes what they need from a supervisor (required, at most
 * FLAG_MESSAGE_MAX characters). One component, one `<dialog>` and one ModalQuestion for both:
 * only one question is asked at a time, and a second dialog cost the initial JS its own copy.
 *
 * "Decline work item": the agent picks a reason code. Presentational: it shows the store's
 * question (none: closed) and dispatches what the agent did; whether a decline may go ahead is
 * decided by the work-items reducer, and the dialog's state is the store's alone. (It reads the
 * store rather than taking inputs: the first component input or output in omni-mfe would pull in
 * Angular's directive input and output machinery, about 1 KB gz.)
 * The platform's modal `<dialog>` does what a dialog must: the rest of the page goes inert (focus
 * stays inside), Escape cancels, and it sits in the top layer above any shell's stacking;
 * `closedby="any"` lets a click outside cancel too (where the browser supports it).
 */
@Component({
  selector: 'omni-reason-code-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown)': 'modal.keepTabInside($event)' },
  template: `
    <dialog closedby="any" aria-labelledby="omni-question-title" (close)="modal.closed()">
      @if (question(); as q) {
        <form (submit)="submit($event, q)" novalidate>
          <h2 id="omni-question-title">{{ text.title }}</h2>
          <p class="item">{{ q.itemName }}</p>
          <fieldset
            role="radiogroup"
            aria-label="Reason"
            i18n-aria-label="the decline reason group"
            [attr.aria-required]="q.reasons.required"
            [attr.aria-invalid]="q.missing"
            aria-describedby="omni-decline-hint"
          >
            <legend>{{ text.legend }}</legend>
            @for (code of q.reasons.codes; track code.id) {
              <label><input type="radio" name="reason" [attr.value]="code.id" /> {{ code.label }}</label>
            }
          </fieldset>
          <p
            id="omni-decline-hint"
            class="hint"
            [attr.data-missing]="q.missing ? '' : null"
            [attr.role]="q.missing ? 'alert' : null"
          >
            {{ q.missing ? text.missing : q.reasons.required ? text.required : text.optional }}
          </p>
          <div class="actions">
            <button type="submit">{{ text.decline }}</button>
            <button type="button" (click)="cancel(q.workId)">{{ text.cancel }}</button>
          </div>
        </form>
      } @else if (flagQuestion(); as f) {
        <form class="omni-flag" (submit)="raise($event, f.workId)" novalidate>
          <h2 id="omni-question-title">{{ flagText.title }}</h2>
          <p class="item">{{ f.itemName }}</p>
          <label for="omni-flag-message">{{ flagText.label }}</label>
          <textarea
            id="omni-flag-message"
            rows="3"
            required
            [attr.maxlength]="flagMax"
            aria-describedby="omni-flag-hint"
            [attr.aria-invalid]="noMessage() ? true : null"
          ></textarea>
          <p
            id="omni-flag-hint"
            class="hint"
            [attr.data-missing]="noMessage() ? '' : null"
            [attr.role]="noMessage() ? 'alert' : null"
          >
            {{ noMessage() ? flagText.missing : flagText.hint }}
          </p>
          <div class="actions">
            <button type="submit">{{ flagText.raise }}</button>
            <button type="button" (click)="cancel(f.workId)">{{ text.cancel }}</button>
          </div>
        </form>
      }
    </dialog>
  `,
  styleUrl: './question-dialog.css',
  styles: `
    h2 {
      margin: 0 0 0.25rem;
    }
    .omni-flag {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    .omni-flag > * {
      margin: 0;
    }
    textarea {
      font: inherit;
    }
    fieldset {
      border: 1px solid #c9c9c9;
      border-radius: 4px;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
  `,
})
export class ReasonCodeDialog {
  protected readonly text = {
    title: $localize`:the decline dialog's title:Decline work item`,
    legend: $localize`Reason code`,
    missing: $localize`Choose a reason code to decline this work item.`,
    required: $localize`A reason code is required.`,
    optional: $localize`A reason code is optional.`,
    decline: $localize`:declines the work item with the chosen reason:Decline`,
    cancel: $localize`:closes the dialog, declining nothing:Cancel`,
  } as const;
  private readonly store = inject(Store);
  private readonly reasons = inject(DECLINE_REASONS);
  private readonly asked = this.store.selectSignal(selectDeclineQuestion);
  /** The open question, or null: the dialog is closed. */
  protected readonly question = computed((): ReasonCodeQuestion | null => {
    const asked = this.asked();
    return asked && this.reasons.ok ? { ...asked, reasons: this.reasons.reasons } : null;
  });
  protected readonly flagQuestion = this.store.selectSignal(selectFlagQuestion);
  protected readonly flagText = FLAG_QUESTION_TEXT;
  protected readonly flagMax = FLAG_MESSAGE_MAX;
  /** Raise flag was pressed with an empty message: the hint says what is missing. */
  protected readonly noMessage = signal(false);
  protected readonly modal = new ModalQuestion(
    () => this.question()?.workId ?? this.flagQuestion()?.workId ?? null,
    (workId) => this.cancel(workId),
    // Start on the message, or the first reason code, whatever the browser's own focusing rules pick.
    (dialog) => {
      this.noMessage.set(false);
      dialog.querySelector<HTMLElement>('textarea, input, button')?.focus();
    },
  );

  protected submit(event: Event, q: ReasonCodeQuestion): void {
    event.preventDefault();
    const reason = new FormData(event.target as HTMLFormElement).get('reason');
    this.store.dispatch(
      ReasonCodeDialogActions.declineSubmitted({
        workId: q.workId,
        reason: typeof reason === 'string' ? reason : null,
      }),
    );
  }

  /** Raise flag: an empty message is refused here, with the alert; the reducer holds to the same rule. */
  protected raise(event: Event, workId: string): void {
    event.preventDefault();
    const field = this.modal.dialog()?.querySelector('textarea');
    const message = (field?.value ?? '').trim();
    this.noMessage.set(message === '');
    if (message === '') field?.focus();
    else
      this.store.dispatch(
        ReasonCodeDialogActions.raiseFlagSubmitted({ workId, message: message.slice(0, FLAG_MESSAGE_MAX) }),
      );
  }

  protected cancel(workId: string): void {
    this.store.dispatch(ReasonCodeDialogActions.cancelled({ workId }));
  }
}
