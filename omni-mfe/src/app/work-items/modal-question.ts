import { effect, ElementRef, inject } from '@angular/core';
import { keepTabInDialog } from './keep-tab-in-dialog';

/**
 * What the work items' dialog does with the platform's modal `<dialog>` in its own element, for
 * either question it asks ("Decline work item", "Raise flag"): open on a new question about an
 * item, close when there is none, cancel an unanswered question the browser closed (Escape, a
 * click outside), give focus back, and keep Tab inside. The question itself is the store's; this only follows it.
 * Create it in a component's constructor (it uses `inject` and `effect`).
 * The `<dialog>` is found in the component's own element: a view query (viewChild or @ViewChild)
 * would add Angular's query machinery, 2.8 KB gz, for this one element.
 */
export class ModalQuestion {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** The question on screen: a new one (another item) starts with a fresh form. */
  private shown: string | null = null;
  /** Where focus was before the dialog opened: it goes back there if that is still on the page. */
  private opener: HTMLElement | null = null;

  /**
   * @param asked the item the store's open question is about, or null
   * @param cancel tells the store the agent left the question unanswered
   * @param start the question is on screen, with a fresh form: focus its first control
   */
  constructor(
    private readonly asked: () => string | null,
    private readonly cancel: (workId: string) => void,
    private readonly start: (dialog: HTMLDialogElement) => void,
  ) {
    effect(() => {
      const workId = asked();
      // Effects run before the view is refreshed: open once the question is drawn.
      queueMicrotask(() => this.follow(workId));
    });
  }

  dialog(): HTMLDialogElement | null {
    return this.host.querySelector('dialog');
  }

  /** The dialog's close event: an unanswered question is cancelled, and the focus goes back. */
  closed(): void {
    const dialog = this.dialog();
    // The close event is queued: the next question may be asked, or even shown, meanwhile.
    // Only the question that was on screen is cancelled.
    if (!dialog || dialog.open) return;
    if (this.shown !== null && this.shown === this.asked()) this.cancel(this.shown);
    if (this.opener?.isConnected && !dialog.contains(document.activeElement)) this.opener.focus();
    this.opener = null;
  }

  keepTabInside(event: KeyboardEvent): void {
    const dialog = this.dialog();
    if (dialog?.open) keepTabInDialog(dialog, event);
  }

  /** Opens the dialog on a new question, or closes it when there is none. */
  private follow(workId: string | null): void {
    const dialog = this.dialog();
    if (!dialog || workId !== this.asked() || workId === this.shown) return;
    this.shown = workId;
    if (workId === null) {
      dialog.close();
      return;
    }
    if (!dialog.open) {
      this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    // A question that follows the last with no render between must not inherit its answer.
    dialog.querySelector('form')?.reset();
    this.start(dialog);
  }
}
