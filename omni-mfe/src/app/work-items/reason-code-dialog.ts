import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { ChangeDetectionStrategy, Component, inject, signal, ViewEncapsulation } from '@angular/core';
import type { DeclineReasons } from '@shared/contracts/decline-reasons';

export interface ReasonCodeDialogData {
  readonly itemName: string;
  readonly reasons: DeclineReasons;
}

/**
 * "Decline work item": the agent picks a reason code. The CDK dialog traps focus, Escape and
 * the backdrop cancel; Decline closes with the chosen code, and insists on one when required.
 */
@Component({
  selector: 'omni-reason-code-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The overlay lives outside omni-mfe's element; its few rules travel with the dialog.
  encapsulation: ViewEncapsulation.None,
  template: `
    <form class="omni-decline" (submit)="decline($event)" novalidate>
      <h2 id="omni-decline-title">Decline work item</h2>
      <p class="item">{{ data.itemName }}</p>
      <fieldset role="radiogroup" aria-label="Reason" [attr.aria-required]="data.reasons.required" [attr.aria-invalid]="missing()" aria-describedby="omni-decline-hint">
        <legend>Reason code</legend>
        @for (code of data.reasons.codes; track code.id) {
          <label><input type="radio" name="reason" [value]="code.id" [checked]="chosen() === code.id" (change)="choose(code.id)" /> {{ code.label }}</label>
        }
      </fieldset>
      <p id="omni-decline-hint" class="hint" [class.missing]="missing()" [attr.role]="missing() ? 'alert' : null">
        {{ missing() ? 'Choose a reason code to decline this work item.' : data.reasons.required ? 'A reason code is required.' : 'A reason code is optional.' }}
      </p>
      <div class="actions">
        <button type="submit">Decline</button>
        <button type="button" (click)="cancel()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .cdk-overlay-container { position: fixed; inset: 0; pointer-events: none; z-index: 1000; }
    .cdk-overlay-backdrop { position: absolute; inset: 0; pointer-events: auto; background: rgb(0 0 0 / 0.32); }
    .cdk-global-overlay-wrapper { position: absolute; inset: 0; display: flex; pointer-events: none; }
    .cdk-overlay-pane { position: absolute; pointer-events: auto; max-width: 100%; }
    .cdk-dialog-container { display: block; }
    .omni-decline { background: #fff; color: #181818; border-radius: 6px; padding: 1rem 1.25rem; min-width: 18rem; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); }
    .omni-decline h2 { font-size: 1rem; margin: 0 0 0.25rem; }
    .omni-decline fieldset { border: 1px solid #c9c9c9; border-radius: 4px; display: flex; flex-direction: column; gap: 0.25rem; }
    .omni-decline .hint { font-size: 0.9em; color: #444; }
    .omni-decline .hint.missing { color: #8e030f; }
    .omni-decline .actions { display: flex; gap: 0.5rem; justify-content: flex-end; }
  `,
})
export class ReasonCodeDialog {
  protected readonly data = inject<ReasonCodeDialogData>(DIALOG_DATA);
  private readonly ref = inject<DialogRef<string, ReasonCodeDialog>>(DialogRef);
  protected readonly chosen = signal<string | null>(null);
  protected readonly missing = signal(false);

  protected choose(id: string): void {
    this.chosen.set(id);
    this.missing.set(false);
  }

  protected decline(event: Event): void {
    event.preventDefault();
    const reason = this.chosen();
    if (reason === null && this.data.reasons.required) {
      this.missing.set(true);
      return;
    }
    this.ref.close(reason ?? '');
  }

  protected cancel(): void {
    this.ref.close();
  }
}
