import { DestroyRef, Injectable, inject } from '@angular/core';
import { defer, Subject, type Observable } from 'rxjs';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/bridge/requests.schema';
import { CONSOLE_TRANSPORT } from './console-transport';
import { createEventHold, type EventHold } from './event-hold';

/**
 * All traffic with the Salesforce console goes through here, whichever transport carries it.
 * Used by effects only; it lives as long as the application and stops its transport with it.
 */
@Injectable()
export class ConsoleLink {
  private readonly transport = inject(CONSOLE_TRANSPORT);
  private readonly events = new Subject<BridgeEvent>();
  private hold: EventHold | null = null;
  readonly state$ = this.transport.state$;
  /** The console's events, in its order (held back while its truth is read: see holdEvents). */
  readonly events$: Observable<BridgeEvent> = this.events;
  /** Emits whenever a (new) session with the console begins: read its truth then. */
  readonly sessions$ = this.transport.sessions$;
  /** Starts the transport; called once, by the connectLink effect. */
  readonly connect = () => this.transport.start();

  constructor() {
    // Omni-Channel's connection errors are never held: they ask for a read themselves.
    const relay = this.transport.events$.subscribe((event) =>
      this.hold && event.type !== 'connectionError' ? this.hold.keep(event) : this.events.next(event),
    );
    inject(DestroyRef).onDestroy(() => {
      relay.unsubscribe();
      this.transport.stop();
      this.events.complete();
    });
  }

  /** A cold observable: the request is sent on subscribe. Errors are BridgeErrors. */
  request<T extends RequestType>(type: T, params: RequestParams<T>): Observable<RequestResult<T>> {
    return defer(() => this.transport.request(type, params));
  }

  /**
   * Holds the console's events while its truth is read, so that a read that completes after an
   * event cannot put back what the event changed; releasing passes on those still to apply.
   * One read at a time: a new hold releases the previous one's events first.
   */
  holdEvents(): EventHold {
    this.hold?.release(false);
    const hold: EventHold = createEventHold(
      (event) => this.events.next(event),
      () => this.hold === hold && (this.hold = null),
    );
    return (this.hold = hold);
  }
}
