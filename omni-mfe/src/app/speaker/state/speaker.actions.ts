import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { SpeakerRole } from '../speaker-election';
import type { Mirrored } from '../speaker-message';

/** What the election and the speaker's broadcasts tell this omni-mfe. */
export const SpeakerActions = createActionGroup({
  source: 'Speaker',
  events: {
    'Role Changed': props<{ role: SpeakerRole }>(),
    /** The speaker's state arrived (followers show it). */
    'State Mirrored': props<{ state: Mirrored }>(),
  },
});

/** What the agent does in the "handled in another tab" notice. */
export const SpeakerNoticeActions = createActionGroup({
  source: 'Speaker Notice',
  events: {
    'Handle Here Clicked': emptyProps(),
  },
});
