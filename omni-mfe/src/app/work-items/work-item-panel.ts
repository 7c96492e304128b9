import { ChangeDetectionStrategy, Component, DestroyRef, effect, ElementRef, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { DECLINE_REASONS } from './decline-reasons.token';
import { FocusAfterChange } from './focus-after-change';
import { WorkItemPanelActions } from './state/work-items.actions';
import { workItemsFeature } from './state/work-items.feature';
import { BUILD_LOCALE } from '../i18n/build-locale';
import type { WorkItem } from './state/work-item';
import { acceptWithinText, assignedAgoText, workTypeLabel } from './work-item-texts';

/** The agent's Omni-Channel work items: accept or decline new ones, close accepted ones. */
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
                <span class="label" [id]="'omni-wi-' + item.workId">{{ item.label }}</span>
              </div>
              <div class="facts">
                @if (item.priority !== null) {
                  <span>{{ priorityText(item.priority) }}</span>
                }
                @if (item.assignedAt !== null) {
                  <span>{{ age(item.assignedAt, now()) }}</span>
                }
                @if (item.status === 'Assigned') {
                  @if (item.pushDeadline !== null) {
                    <span class="countdown">{{ countdown(item.pushDeadline, now()) }}</span>
                  }
                } @else {
                  <span class="accepted">{{ text.accepted }}</span>
                }
                @if (item.busy) {
                  <span class="busy">{{ busyText[item.busy] }}</span>
                }
              </div>
              <div class="actions">
                @if (item.status === 'Assigned') {
                  <button
                    type="button"
                    [disabled]="item.busy !== null"
                    [attr.aria-describedby]="'omni-wi-' + item.workId"
                    (click)="accept(item)"
                  >
                    {{ text.accept }}
                  </button>
                  <button
                    type="button"
                    [disabled]="item.busy !== null || !reasons.ok"
                    [attr.aria-describedby]="'omni-wi-' + item.workId"
                    (click)="decline(item)"
                  >
                    {{ text.decline }}
                  </button>
                } @else {
                  <button
                    type="button"
                    [disabled]="item.busy !== null"
                    [attr.aria-describedby]="'omni-wi-' + item.workId"
                    (click)="close(item)"
                  >
                    {{ text.close }}
                  </button>
                }
              </div>
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
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.2rem 0.75rem;
      padding: 0.4rem;
      border: 1px solid #e5e5e5;
      border-radius: 4px;
    }
    .what {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      min-width: 0;
    }
    .type {
      font-size: 0.8em;
      font-weight: 600;
      text-transform: uppercase;
      color: #0176d3;
    }
    .label {
      overflow-wrap: anywhere;
    }
    .facts {
      grid-column: 1;
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      font-size: 0.85em;
      color: #444;
    }
    .countdown {
      color: #8c4b02;
    }
    .accepted {
      color: #2e844a;
    }
    .actions {
      grid-column: 2;
      grid-row: 1 / span 2;
      display: flex;
      gap: 0.3rem;
      align-items: center;
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
  protected readonly busyText = {
    accept: $localize`:a call in flight:Accepting…`,
    decline: $localize`:a call in flight:Declining…`,
    close: $localize`:a call in flight:Closing…`,
  } as const;
  private readonly locale = inject(BUILD_LOCALE);
  /**
   * Words marked with $localize rather than template i18n: inlined as plain strings, they cost no
   * run time (static i18n attributes compile to plain strings too; template text and ICU plurals
   * would pull in Angular's i18n runtime, so omni-mfe has none).
   */
  protected readonly text = {
    dismiss: $localize`:dismisses a notice:Dismiss`,
    empty: $localize`No work items.`,
    accepted: $localize`:a work item's state:Accepted`,
    accept: $localize`:accepts a work item:Accept`,
    decline: $localize`:declines a work item, asking for a reason:Decline`,
    close: $localize`:closes an accepted work item:Close`,
  } as const;
  protected readonly typeLabel = workTypeLabel;
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

  protected accept(item: WorkItem): void {
    this.store.dispatch(WorkItemPanelActions.acceptClicked({ workId: item.workId }));
  }

  protected decline(item: WorkItem): void {
    this.store.dispatch(WorkItemPanelActions.declineClicked({ workId: item.workId }));
  }

  protected close(item: WorkItem): void {
    this.store.dispatch(WorkItemPanelActions.closeClicked({ workId: item.workId }));
  }

  protected dismissNotice(): void {
    this.store.dispatch(WorkItemPanelActions.noticeDismissed());
  }

  protected priorityText(priority: number): string {
    return $localize`:Salesforce routing priority:Priority ${priority}:priority:`;
  }

  protected age(assignedAt: number, now: number): string {
    return assignedAgoText(Math.max(0, Math.round((now - assignedAt) / 1000)), this.locale);
  }

  protected countdown(deadline: number, now: number): string {
    return acceptWithinText(Math.max(0, Math.ceil((deadline - now) / 1000)), this.locale);
  }
}
