import { inject } from '@angular/core';
import type { Action } from '@ngrx/store';
import { filter, map, type Observable } from 'rxjs';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { ConsoleLink } from './console-link';

/** The console events a feature owns, as its actions (`toAction` returns null for the rest). */
export function consoleEvents(toAction: (event: OmniEvent) => Action | null): Observable<Action> {
  return inject(ConsoleLink).events$.pipe(
    map(toAction),
    filter((action): action is Action => action !== null),
  );
}
