import { ChangeDetectionStrategy, Component, inject, Input } from '@angular/core';
import { Store } from '@ngrx/store';
import { BUILD_LOCALE } from '../i18n/build-locale';
import { DECLINE_REASONS } from './decline-reasons.token';
import { WorkItemPanelActions } from './state/work-items.actions';
import type { WorkItem } from './state/work-item';
import { acceptWithinText, assignedAgoText, workTypeLabel } from './work-item-texts';

/** What the agent can do with a work item: one button each. */
type WorkItemAction = 'accept' | 'decline' | 'close';

/** Accept and Decline while the item is new, Close once it is accepted. */
const NEW_ITEM: readonly WorkItemAction[] = ['accept', 'decline'];
const ACCEPTED_ITEM: readonly WorkItemAction[] = ['close'];

const CLICKED = {
  accept: WorkItemPanelActions.acceptClicked,
  decline: WorkItemPanelActions.declineClicked,
  close: WorkItemPanelActions.closeClicked,
} as const;

/**
 * One work item in the panel's list (inside its listitem, which the panel owns and names): what
 * it is, its priority, age and push-timeout countdown, and its buttons: Accept and Decline while
 * it is new, Close once it is accepted, all disabled while the console works on it.
 */
@Component({
  selector: 'omni-work-item-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="what">
      <span class="type">{{ typeLabel(item.type) }}</span>
      <span class="label" [id]="'omni-wi-' + item.workId">{{ item.label }}</span>
    </div>
    <div class="facts">
      @if (item.priority !== null) {
        <span>{{ priorityText(item.priority) }}</span>
      }
      @if (item.assignedAt !== null) {
        <span>{{ age(item.assignedAt, now) }}</span>
      }
      @if (item.status === 'Assigned') {
        @if (item.pushDeadline !== null) {
          <span class="countdown">{{ countdown(item.pushDeadline, now) }}</span>
        }
      } @else {
        <span class="accepted">{{ text.accepted }}</span>
      }
      @if (item.busy) {
        <span class="busy">{{ busyText[item.busy] }}</span>
      }
    </div>
    <div class="actions">
      @for (action of actions(); track action) {
        <button
          type="button"
          [disabled]="item.busy !== null || (action === 'decline' && !reasons.ok)"
          [attr.aria-describedby]="'omni-wi-' + item.workId"
          (click)="perform(action)"
        >
          {{ text[action] }}
        </button>
      }
    </div>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.2rem 0.75rem;
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
  `,
})
export class WorkItemRow {
  // Decorator inputs rather than input(): signal inputs, and the @let the template would need to
  // narrow their values, cost 350 B gz of initial JS (measured), and nothing else in omni-mfe uses them.
  @Input({ required: true }) item!: WorkItem;
  /** The panel's clock, for the age and the countdown. */
  @Input({ required: true }) now!: number;
  private readonly store = inject(Store);
  protected readonly reasons = inject(DECLINE_REASONS);
  private readonly locale = inject(BUILD_LOCALE);
  protected readonly busyText = {
    accept: $localize`:a call in flight:Accepting…`,
    decline: $localize`:a call in flight:Declining…`,
    close: $localize`:a call in flight:Closing…`,
  } as const;
  /** $localize rather than template i18n: see WorkItemPanel's `text`. */
  protected readonly text = {
    accepted: $localize`:a work item's state:Accepted`,
    accept: $localize`:accepts a work item:Accept`,
    decline: $localize`:declines a work item, asking for a reason:Decline`,
    close: $localize`:closes an accepted work item:Close`,
  } as const;
  protected readonly typeLabel = workTypeLabel;

  protected actions(): readonly WorkItemAction[] {
    return this.item.status === 'Assigned' ? NEW_ITEM : ACCEPTED_ITEM;
  }

  /** Asks for the action the agent clicked (the effects carry it out with the console). */
  protected perform(action: WorkItemAction): void {
    this.store.dispatch(CLICKED[action]({ workId: this.item.workId }));
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
