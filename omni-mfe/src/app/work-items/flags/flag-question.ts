import { createSelector } from '@ngrx/store';
import { FLAG_MESSAGE_MAX } from '@shared/protocol/console-data.schema';
import { workItemsFeature } from '../state/work-items.feature';
import { workItemName } from '../state/work-item';

/** The item the "Raise flag" dialog asks about, with its name; null while it asks nothing. */
export const selectFlagQuestion = createSelector(
  workItemsFeature.selectAsking,
  workItemsFeature.selectEntities,
  (workId, items) => {
    const item = workId === null ? undefined : items[workId];
    return workId !== null && item ? { workId, itemName: workItemName(item) } : null;
  },
);

/** The "Raise flag" dialog's words ($localize rather than template i18n: see WorkItemPanel's `text`). */
export const FLAG_QUESTION_TEXT = {
  title: $localize`:the flag dialog's title:Raise flag`,
  label: $localize`:the flag dialog's message field:Message for your supervisor`,
  hint: $localize`:the flag dialog's hint; max is a number of characters:Required, up to ${FLAG_MESSAGE_MAX}:max: characters.`,
  missing: $localize`:the flag dialog, when Raise flag was pressed with no message:Write what you need help with.`,
  raise: $localize`:raises the flag with the message:Raise flag`,
} as const;
