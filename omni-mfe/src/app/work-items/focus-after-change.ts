/**
 * Where the keyboard goes when the control it was on goes away. Accept, Decline and Close
 * disable their button while the console works, then replace it (Accept becomes Close) or remove
 * the item; an item can also time out under the agent's focus. The browser then drops focus to
 * the page's body and a keyboard user starts again from the top of the softphone. This puts it
 * back: on the same item's control once it has one again, else on the item that took the gone
 * one's place (or the one before it, at the end of the list), else on the panel itself.
 *
 * Focus on the body is the agent's own doing only after a pointer went down somewhere else (a
 * click on a blank spot): then it stays there. It never pulls focus back from the console (the
 * softphone's document must have focus) nor out of a dialog.
 */
export class FocusAfterChange {
  private last: { element: HTMLElement; workId: string | null; index: number } | null = null;
  private pointedElsewhere = false;

  /** `panel` finds the panel's element, when it is shown. */
  constructor(private readonly panel: () => HTMLElement | null) {}

  /** Focus came to something inside the panel. */
  remember(target: EventTarget | null): void {
    // The decline dialog lives in the panel's element, but the dialog gives the focus back itself.
    if (!(target instanceof HTMLElement) || target.closest('dialog')) return;
    const row = target.closest<HTMLElement>('li[data-work-id]');
    this.last = { element: target, workId: row?.dataset['workId'] ?? null, index: row ? indexOf(row) : 0 };
    this.pointedElsewhere = false;
  }

  /** A pointer went down on the page: outside the panel and any dialog, the agent moved on. */
  pointerDown(target: EventTarget | null): void {
    const panel = this.panel();
    if (target instanceof Node && (panel?.contains(target) || (target instanceof Element && target.closest('dialog'))))
      return;
    this.pointedElsewhere = true;
  }

  /** Called once the panel has drawn a change. */
  restore(): void {
    const last = this.last;
    const active = document.activeElement;
    if (!last || active === last.element || active?.closest('dialog')) return;
    if (active && active !== document.body) {
      // The agent took the focus somewhere else: nothing to give back.
      this.last = null;
      return;
    }
    const panel = this.panel();
    if (this.pointedElsewhere || !panel || !document.hasFocus()) return;
    const rows = Array.from(panel.querySelectorAll<HTMLElement>('li[data-work-id]'));
    const same = last.workId === null ? undefined : rows.find((row) => row.dataset['workId'] === last.workId);
    if (same) {
      // While it is busy its buttons are disabled: wait for the change that ends it.
      last.index = indexOf(same);
      (same.contains(last.element) && !last.element.matches(':disabled') ? last.element : firstControl(same))?.focus();
      return;
    }
    const next = rows[Math.min(last.index, rows.length - 1)];
    (next ? (firstControl(next) ?? panel) : panel).focus();
  }
}

const indexOf = (row: HTMLElement): number => Array.prototype.indexOf.call(row.parentElement?.children ?? [], row);
const firstControl = (row: HTMLElement): HTMLElement | null => row.querySelector<HTMLElement>('button:not(:disabled)');
