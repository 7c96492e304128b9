import { createActionGroup, props } from '@ngrx/store';
import type { DcSession } from '@shared/dc-state/dc-session';

/** What the Desktop Connect shell tells omni-mfe through its custom props. */
export const DcShellActions = createActionGroup({
  source: 'DC Shell',
  events: {
    'Session Changed': props<{ session: DcSession; at: number }>(),
  },
});
