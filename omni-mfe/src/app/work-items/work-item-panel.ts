import { ChangeDetectionStrategy, Component, DestroyRef, effect, ElementRef, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { DECLINE_REASONS } from './decline-reasons.token';
import { FocusAfterChange } from './focus-after-change';
import { WorkItemPanelActions } from './state/work-items.actions';
import { workItemsFeature } from './state/work-items.feature';
import { WorkItemRow } from './work-item-row';

/** The agent's Omni-Channel work items: accept or decline new ones, close accepted ones. */
@Component({
  selector: 'omni-work-item-panel',
  imports: [WorkItemRow],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(focusin)': 'focus.remember($event.target)', '(document:pointerdown)': 'focus.pointerDown($event.target)' },
  template: `
    @if (open()) {
      <section id="omni-work-panel" class="panel" aria-label="Omni-Channel work items" i18n-aria-label tabindex="-1">
        @if (notice(); as notice) {
          <p class="notice" role="alert">
            {{ notice }}
            <button type="button" class="link" (click)="dismissNotice()">{{ text.dismiss }}</button>
          </p>
        }
        @if (!reasons.ok) {
          <p class="config-error">{{ reasons.problem }}</p>
        }
        @if (items().length === 0) {
          <p class="empty">{{ text.empty }}</p>
        }
        <ul class="items">
          @for (item of items(); track item.workId) {
            <li
              class="item"
              [attr.data-work-id]="item.workId"
              [attr.aria-busy]="item.busy !== null"
              [attr.aria-labelledby]="'omni-wi-' + item.workId"
            >
              <omni-work-item-row [item]="item" [now]="now()" />
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .panel {
      border: 1px solid #c9c9c9;
      border-radius: 4px;
      background: #fff;
      padding: 0.5rem;
    }
    .panel:focus-visible {
      outline: 2px solid #0176d3;
      outline-offset: 2px;
    }
    .items {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
    }
    .item {
      padding: 0.4rem;
      border: 1px solid #e5e5e5;
      border-radius: 4px;
    }
    .notice {
      margin: 0 0 0.5rem;
      color: #8e030f;
    }
    .config-error {
      color: #8e030f;
    }
    .empty {
      color: #444;
      margin: 0;
    }
    .link {
      border: none;
      background: none;
      color: #0176d3;
      text-decoration: underline;
      cursor: pointer;
      padding: 0;
    }
  `,
})
export class WorkItemPanel {
  private readonly store = inject(Store);
  protected readonly reasons = inject(DECLINE_REASONS);
  protected readonly open = this.store.selectSignal(workItemsFeature.selectPanelOpen);
  protected readonly items = this.store.selectSignal(workItemsFeature.selectAllWorkItems);
  protected readonly notice = this.store.selectSignal(workItemsFeature.selectNotice);
  /**
   * A clock for ages and countdowns; it stops with the component. (A plain interval: the RxJS
   * interop's toSignal, used for this alone, cost more initial JS than the whole clock.)
   */
  protected readonly now = signal(Date.now());
  /**
   * Words marked with $localize rather than template i18n: inlined as plain strings, they cost no
   * run time (static i18n attributes compile to plain strings too; template text and ICU plurals
   * would pull in Angular's i18n runtime, so omni-mfe has none).
   */
  protected readonly text = {
    dismiss: $localize`:dismisses a notice:Dismiss`,
    empty: $localize`No work items.`,
  } as const;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly question = this.store.selectSignal(workItemsFeature.selectQuestion);
  protected readonly focus = new FocusAfterChange(() => this.host.querySelector('section'));

  constructor() {
    const clock = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(clock));
    effect((onCleanup) => {
      this.open();
      this.items();
      this.notice();
      this.question();
      // Effects run before the view is refreshed, and the dialog closes in a microtask of its
      // own: look for the focus once the change is drawn and the dialog has given focus back.
      // A later change or unmount replaces the look: nothing runs after the panel is gone.
      const look = setTimeout(() => this.focus.restore());
      onCleanup(() => clearTimeout(look));
    });
  }

  protected dismissNotice(): void {
    this.store.dispatch(WorkItemPanelActions.noticeDismissed());
  }
}
