import { DestroyRef, Injectable, inject } from '@angular/core';
import { defer, type Observable } from 'rxjs';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/bridge/requests.schema';
import { CONSOLE_TRANSPORT, type ConnectionState } from './console-transport';

/**
 * All traffic with the Salesforce console goes through here, whichever transport carries it.
 * Used by effects only; it lives as long as the application and stops its transport with it.
 */
@Injectable()
export class ConsoleLink {
  private readonly transport = inject(CONSOLE_TRANSPORT);
  private started = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.transport.stop());
  }

  get state$(): Observable<ConnectionState> {
    return this.transport.state$;
  }

  get events$(): Observable<BridgeEvent> {
    return this.transport.events$;
  }

  /** Emits whenever a (new) session with the console begins: read its truth then. */
  get sessions$(): Observable<void> {
    return this.transport.sessions$;
  }

  /** Starts the transport; later calls do nothing. */
  connect(): void {
    if (this.started) return;
    this.started = true;
    this.transport.start();
  }

  /** A cold observable: the request is sent on subscribe. Errors are BridgeErrors. */
  request<T extends RequestType>(type: T, params: RequestParams<T>): Observable<RequestResult<T>> {
    return defer(() => this.transport.request(type, params));
  }
}
