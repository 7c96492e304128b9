import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, signal } from '@angular/core';
import { BUILD_LOCALE } from '../i18n/build-locale';
import { Store } from '@ngrx/store';
import { DECLINE_REASONS } from './decline-reasons.token';
import { FocusAfterChange } from './focus-after-change';
import { WORK_FLAGS_AVAILABLE } from './flags/work-flags-available';
import { FLAG_TEXT, flagText } from './flags/work-flag-row';
import { WorkItemPanelActions } from './state/work-items.actions';
import { workItemsFeature } from './state/work-items.feature';
import type { WorkItemAction } from './work-item-row';
import { ageText, BUSY_TEXT, CLICKED, countdownText, priorityText, ROW_TEXT, rowActions } from './work-item-row';
import { workTypeLabel } from './work-item-texts';

/**
 * The agent's Omni-Channel work items: accept or decline new ones, close accepted ones. Each
 * item's row is drawn here (see work-item-row.ts for why it is not a component of its own).
 * Attribute bindings only (`[attr.id]`, `[attr.disabled]`): omni-mfe has no property binding,
 * whose instruction would add Angular's DOM property machinery to the initial JS.
 */
@Component({
  selector: 'omni-work-item-panel',
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
              <div class="what">
                <span class="type">{{ typeLabel(item.type) }}</span>
                <span class="label" [attr.id]="'omni-wi-' + item.workId">{{ item.label }}</span>
              </div>
              <div class="facts">
                @if (item.priority !== null) {
                  <span>{{ priorityText(item.priority) }}</span>
                }
                @if (item.assignedAt !== null) {
                  <span>{{ age(item.assignedAt, now(), locale) }}</span>
                }
                @if (item.status === 'Assigned') {
                  @if (item.pushDeadline !== null) {
                    <span class="countdown">{{ countdown(item.pushDeadline, now(), locale) }}</span>
                  }
                } @else {
                  <span class="accepted">{{ rowText.accepted }}</span>
                }
                @if (item.busy) {
                  <span class="busy">{{ busyText[item.busy] }}</span>
                }
                @if (flagsAvailable && flags()[item.workId]; as flag) {
                  <span class="flag" [attr.data-flag]="flag.state">{{ flagText(flag) }}</span>
                }
              </div>
              <div class="actions">
                @for (action of actions(item); track action) {
                  <button
                    type="button"
                    [attr.disabled]="item.busy !== null || (action === 'decline' && !reasons.ok) ? '' : null"
                    [attr.aria-describedby]="'omni-wi-' + item.workId"
                    (click)="perform(action, item.workId)"
                  >
                    {{ rowText[action] }}
                  </button>
                }
                @if (flagsAvailable && item.status === 'Opened') {
                  <button
                    type="button"
                    [attr.disabled]="item.busy !== null || flagBusy().includes(item.workId) ? '' : null"
                    [attr.aria-describedby]="'omni-wi-' + item.workId"
                    (click)="flag(item.workId)"
                  >
                    {{ raised(item.workId) ? flagWords.lower : flagWords.raise }}
                  </button>
                }
              </div>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styleUrl: './work-item-panel.css',
})
export class WorkItemPanel {
  private readonly store = inject(Store);
  protected readonly reasons = inject(DECLINE_REASONS);
  protected readonly open = this.store.selectSignal(workItemsFeature.selectPanelOpen);
  protected readonly items = this.store.selectSignal(workItemsFeature.selectAllWorkItems);
  protected readonly notice = this.store.selectSignal(workItemsFeature.selectNotice);
  /**
   * A clock for ages and countdowns. It ticks only while the panel is open with items, so that
   * an idle agent's page wakes for the heartbeat alone. (A plain interval: the RxJS interop's
   * toSignal, used for this alone, cost more initial JS than the whole clock.)
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
  protected readonly locale = inject(BUILD_LOCALE);
  protected readonly rowText = ROW_TEXT;
  protected readonly busyText = BUSY_TEXT;
  protected readonly typeLabel = workTypeLabel;
  protected readonly priorityText = priorityText;
  protected readonly age = ageText;
  protected readonly countdown = countdownText;
  protected readonly actions = rowActions;
  protected readonly flagsAvailable = inject(WORK_FLAGS_AVAILABLE);
  protected readonly flags = this.store.selectSignal(workItemsFeature.selectFlags);
  protected readonly flagBusy = this.store.selectSignal(workItemsFeature.selectFlagBusy);
  protected readonly flagWords = FLAG_TEXT;
  protected readonly flagText = flagText;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly question = this.store.selectSignal(workItemsFeature.selectQuestion);
  protected readonly focus = new FocusAfterChange(() => this.host.querySelector('section'));

  constructor() {
    effect((onCleanup) => {
      if (!this.open() || this.items().length === 0) return;
      const tick = () => this.now.set(Date.now());
      tick();
      const clock = setInterval(tick, 1000);
      onCleanup(() => clearInterval(clock));
    });
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

  protected perform(action: WorkItemAction, workId: string): void {
    this.store.dispatch(CLICKED[action]({ workId }));
  }

  protected raised(workId: string): boolean {
    return this.flags()[workId]?.state === 'raised';
  }

  /** Raise flag opens the dialog that asks for the message; Lower flag asks the console at once. */
  protected flag(workId: string): void {
    this.store.dispatch(
      this.raised(workId)
        ? WorkItemPanelActions.lowerFlagClicked({ workId })
        : WorkItemPanelActions.raiseFlagClicked({ workId }),
    );
  }

  protected dismissNotice(): void {
    this.store.dispatch(WorkItemPanelActions.noticeDismissed());
  }
}
