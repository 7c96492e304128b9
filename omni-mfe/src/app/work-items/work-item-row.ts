import { WorkItemPanelActions } from './state/work-items.actions';
import type { WorkItem } from './state/work-item';
import { acceptWithinText, assignedAgoText } from './work-item-texts';

/*
 * One work item in the panel's list (its listitem): what it is, its priority, age and
 * push-timeout countdown, and its buttons: Accept and Decline while it is new, Close once it is
 * accepted, all disabled while the console works on it. Drawn by the panel's own template: a
 * row component would be omni-mfe's only one with inputs, and it and Angular's input machinery cost
 * about 0.2 KB gz of initial JS (measured).
 */

/** What the agent can do with a work item: one button each. */
export type WorkItemAction = 'accept' | 'decline' | 'close';

/** Accept and Decline while the item is new, Close once it is accepted. */
const NEW_ITEM: readonly WorkItemAction[] = ['accept', 'decline'];
const ACCEPTED_ITEM: readonly WorkItemAction[] = ['close'];

export const rowActions = (item: WorkItem): readonly WorkItemAction[] =>
  item.status === 'Assigned' ? NEW_ITEM : ACCEPTED_ITEM;

/** The action each button asks for (the effects carry it out with the console). */
export const CLICKED = {
  accept: WorkItemPanelActions.acceptClicked,
  decline: WorkItemPanelActions.declineClicked,
  close: WorkItemPanelActions.closeClicked,
} as const;

export const BUSY_TEXT = {
  accept: $localize`:a call in flight:Accepting…`,
  decline: $localize`:a call in flight:Declining…`,
  close: $localize`:a call in flight:Closing…`,
} as const;

/** $localize rather than template i18n: see WorkItemPanel's `text`. */
export const ROW_TEXT = {
  accepted: $localize`:a work item's state:Accepted`,
  accept: $localize`:accepts a work item:Accept`,
  decline: $localize`:declines a work item, asking for a reason:Decline`,
  close: $localize`:closes an accepted work item:Close`,
} as const;

export function priorityText(priority: number): string {
  return $localize`:Salesforce routing priority:Priority ${priority}:priority:`;
}

export function ageText(assignedAt: number, now: number, locale: string): string {
  return assignedAgoText(Math.max(0, Math.round((now - assignedAt) / 1000)), locale);
}

export function countdownText(deadline: number, now: number, locale: string): string {
  return acceptWithinText(Math.max(0, Math.ceil((deadline - now) / 1000)), locale);
}
