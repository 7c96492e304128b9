import { Dialog } from '@angular/cdk/dialog';
import { Injectable, inject } from '@angular/core';
import { takeUntil, type Observable } from 'rxjs';
import { ReasonCodeDialog, type ReasonCodeDialogData } from './reason-code-dialog';

/**
 * Asks the agent for a reason code in the "Decline work item" dialog. (Loading the dialog lazily
 * was measured: the shared Angular code it needs then leaves scope hoisting, and the initial
 * chunk grows by more than the lazy one saves.)
 */
@Injectable({ providedIn: 'root' })
export class ReasonCodePrompt {
  private readonly dialog = inject(Dialog);

  /**
   * Emits the chosen code ('' when none was required and none chosen), or undefined when
   * cancelled. When `gone$` emits (the item timed out or was withdrawn meanwhile), the dialog
   * closes as cancelled: the agent is never left in a modal for work that is no longer theirs.
   */
  ask(data: ReasonCodeDialogData, gone$: Observable<unknown>): Observable<string | undefined> {
    const ref = this.dialog.open<string, ReasonCodeDialogData>(ReasonCodeDialog, { data, ariaLabelledBy: 'omni-decline-title', autoFocus: 'first-tabbable', restoreFocus: true });
    gone$.pipe(takeUntil(ref.closed)).subscribe(() => ref.close());
    return ref.closed;
  }
}
