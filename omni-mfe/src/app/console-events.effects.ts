import { createEffect } from '@ngrx/effects';
import { consoleEvents } from './console-link/console-events';
import { presenceAction } from './presence/state/presence-events';
import { workAction } from './work-items/state/work-events';
import { flagAction } from './work-items/flags/work-flag-events';

/**
 * The console's presence, work and flag events, as their features' actions. Each feature says which
 * events are its own and what they mean; one effect relays them all, so a mount subscribes to
 * the console's events once for both rather than once per feature.
 */
export const relayConsoleEvents = createEffect(
  () => consoleEvents((event) => presenceAction(event) ?? workAction(event) ?? flagAction(event)),
  { functional: true },
);
