import { inject } from '@angular/core';
import type { Action } from '@ngrx/store';
import { filter, map, type Observable } from 'rxjs';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import { ConsoleBridge } from './console-bridge';

/** The console events a feature cares about, as its actions (`toAction` returns null for the rest). */
export function relayBridgeEvents(toAction: (event: BridgeEvent) => Action | null): Observable<Action> {
  return inject(ConsoleBridge).events$.pipe(
    map(toAction),
    filter((action): action is Action => action !== null),
  );
}
