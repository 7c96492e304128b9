import { createEffect } from '@ngrx/effects';
import { consoleEvents } from './console-link/console-events';
import { linkAction } from './console-link/state/link-events';
import { presenceAction } from './presence/state/presence-events';
import { workAction } from './work-items/state/work-events';
import { flagAction } from './work-items/flags/work-flag-events';

/**
 * The console's events, as their features' actions (presence, work items and their flags, and the
 * link's own connection errors). Each feature says which events are its own and what they mean; one
 * effect relays them all, so a mount subscribes to the console's events once rather than once per feature.
 */
export const relayConsoleEvents = createEffect(
  () => consoleEvents((event) => presenceAction(event) ?? workAction(event) ?? flagAction(event) ?? linkAction(event)),
  { functional: true },
);
