import { DestroyRef, inject, type Provider } from '@angular/core';
import { defer, Subject, type Observable } from 'rxjs';
import type { AdapterName } from '@shared/protocol/envelope';
import type { OmniEvent } from '@shared/protocol/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/protocol/requests.schema';
import { CONSOLE_TRANSPORT, type ConnectionState } from './console-transport';
import { createEventHold, type EventHold } from './event-hold';

/**
 * All traffic with the Salesforce console goes through here, whichever transport carries it.
 * Used by effects only; it lives as long as the application and stops its transport with it.
 * The class is the injection token and the type only: `provideConsoleLink` builds the object as
 * a closure, whose state the minifier shortens where a class's fields keep their names.
 */
export abstract class ConsoleLink {
  abstract readonly state$: Observable<ConnectionState>;
  /** The console's events, in its order (held back while its truth is read: see holdEvents). */
  abstract readonly events$: Observable<OmniEvent>;
  /** Emits whenever a (new) session with the console begins: read its truth then. */
  abstract readonly sessions$: Observable<AdapterName>;
  /** Starts the transport; called once, by the connectLink effect. */
  abstract connect(): void;
  /** A cold observable: the request is sent on subscribe. Errors are LinkErrors. */
  abstract request<T extends RequestType>(type: T, params: RequestParams<T>): Observable<RequestResult<T>>;
  /**
   * Holds the console's events while its truth is read, so that a read that completes after an
   * event cannot put back what the event changed; releasing passes on those still to apply.
   * One read at a time: a new hold releases the previous one's events first.
   */
  abstract holdEvents(): EventHold;
}

export const provideConsoleLink = (): Provider => ({ provide: ConsoleLink, useFactory: createConsoleLink });

function createConsoleLink(): ConsoleLink {
  const transport = inject(CONSOLE_TRANSPORT);
  const events = new Subject<OmniEvent>();
  const emit = (event: OmniEvent) => events.next(event);
  let hold: EventHold | null = null;
  // Omni-Channel's connection errors are never held: they ask for a read themselves.
  const relay = transport.events$.subscribe((event) =>
    hold && event.type !== 'connectionError' ? hold.keep(event) : emit(event),
  );
  inject(DestroyRef).onDestroy(() => {
    relay.unsubscribe();
    transport.stop();
    events.complete();
  });
  return {
    state$: transport.state$,
    events$: events,
    sessions$: transport.sessions$,
    connect: () => transport.start(),
    request: (type, params) => defer(() => transport.request(type, params)),
    holdEvents: () => {
      hold?.release(false);
      const next: EventHold = createEventHold(emit, () => hold === next && (hold = null));
      return (hold = next);
    },
  };
}
