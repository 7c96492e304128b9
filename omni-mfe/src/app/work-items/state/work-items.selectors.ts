import { createSelector } from '@ngrx/store';
import { workItemsFeature } from './work-items.feature';
import { workItemName } from './work-item';

/** The decline dialog's question with the name of its item; null while the dialog is closed. */
export const selectDeclineQuestion = createSelector(
  workItemsFeature.selectQuestion,
  workItemsFeature.selectEntities,
  (question, items) => {
    const item = question ? items[question.workId] : undefined;
    return question && item
      ? { workId: question.workId, itemName: workItemName(item), missing: question.missing }
      : null;
  },
);
