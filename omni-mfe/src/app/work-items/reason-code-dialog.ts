import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import type { DeclineReasons } from '@shared/contracts/decline-reasons';
import { DECLINE_REASONS } from './decline-reasons.token';
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
    <dialog closedby="any" aria-labelledby="omni-decline-title" (close)="modal.closed()">
      @if (question(); as q) {
        <form class="omni-decline" (submit)="submit($event, q)" novalidate>
          <h2 id="omni-decline-title">{{ text.title }}</h2>
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
      }
    </dialog>
  `,
  styleUrl: './question-dialog.css',
  styles: `
    h2 {
      margin: 0 0 0.25rem;
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
  protected readonly modal = new ModalQuestion(
    () => this.question()?.workId ?? null,
    (workId) => this.cancel(workId),
    // Start on the first reason code whatever the browser's own dialog focusing rules pick.
    (dialog) => dialog.querySelector<HTMLElement>('input, button')?.focus(),
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

  protected cancel(workId: string): void {
    this.store.dispatch(ReasonCodeDialogActions.cancelled({ workId }));
  }
}
