import type { WorkType } from '@shared/protocol/console-data.schema';
import { durationText } from '../i18n/time-format';

/**
 * The work-item words that are built in code rather than in a template, marked with $localize:
 * each locale's build has them inlined, and the unit tests can load a translation to check them.
 */

/** The name of a work type as the agent reads it (the org's own words stay as the org sends them). */
export function workTypeLabel(type: WorkType): string {
  switch (type) {
    case 'Case':
      return $localize`:work type|A Salesforce Case:Case`;
    case 'Lead':
      return $localize`:work type|A Salesforce Lead:Lead`;
    case 'Chat':
      return $localize`:work type|A chat transcript:Chat`;
    default:
      return $localize`:work type|A record of another object:Other`;
  }
}

/** "Assigned 5 sec ago": how long the item has waited, from when it was assigned. */
export function assignedAgoText(seconds: number, locale: string): string {
  return $localize`:work item age:Assigned ${durationText(seconds, locale)}:duration: ago`;
}

/** "Accept within 20 sec" while the push timeout runs; "Time is up" once it has. */
export function acceptWithinText(secondsLeft: number, locale: string): string {
  return secondsLeft > 0
    ? $localize`:push timeout countdown:Accept within ${durationText(secondsLeft, locale)}:duration:`
    : $localize`:push timeout countdown:Time is up`;
}
