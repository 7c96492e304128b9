import { Injectable, signal } from '@angular/core';
import { Observable } from 'rxjs';
import type { DeclineReasons } from '@shared/contracts/decline-reasons';

export interface ReasonCodeDialogData {
  readonly itemName: string;
  readonly reasons: DeclineReasons;
}

/** The question the "Decline work item" dialog is showing, and how to answer it. */
export interface ReasonCodeRequest {
  readonly data: ReasonCodeDialogData;
  /** The chosen code ('' when none was required and none chosen), or undefined: cancelled. */
  answer(reason: string | undefined): void;
}

/**
 * Asks the agent for a reason code. The effects ask; `ReasonCodeDialog` (always in omni-mfe's
 * view) shows whatever `request` holds. A service rather than a dynamically created overlay, so
 * that the dialog is the platform's own `<dialog>` (docs/BENCHMARKS.md says why).
 */
@Injectable({ providedIn: 'root' })
export class ReasonCodePrompt {
  private readonly current = signal<ReasonCodeRequest | null>(null);
  readonly request = this.current.asReadonly();

  /**
   * Emits the answer once and completes. When `gone$` emits (the item timed out or was withdrawn
   * meanwhile), the dialog closes as cancelled: the agent is never left in a modal for work that
   * is no longer theirs. Unsubscribing closes it too.
   */
  ask(data: ReasonCodeDialogData, gone$: Observable<unknown>): Observable<string | undefined> {
    return new Observable<string | undefined>((subscriber) => {
      const request: ReasonCodeRequest = {
        data,
        answer: (reason) => {
          if (this.current() !== request) return;
          this.current.set(null);
          subscriber.next(reason);
          subscriber.complete();
        },
      };
      this.current.set(request);
      const gone = gone$.subscribe(() => request.answer(undefined));
      return () => {
        gone.unsubscribe();
        if (this.current() === request) this.current.set(null);
      };
    });
  }
}
