import { DestroyRef, DOCUMENT, Injectable, InjectionToken, inject } from '@angular/core';
import { defer, type Observable } from 'rxjs';
import { DropLog } from '@shared/bridge/drop-log';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/bridge/requests.schema';
import { OMNI_PROPS } from '../props/omni-props.token';
import { BridgeConnection } from './bridge-connection';
import { DEFAULT_BRIDGE_SETTINGS, type BridgeSettings, type ConnectionState } from './connection-state';
import { windowTimers } from './timers';

/** The element the hidden bridge iframe is put in (inside omni-mfe's own element). */
export const BRIDGE_HOST = new InjectionToken<HTMLElement>('BRIDGE_HOST');
export const BRIDGE_SETTINGS = new InjectionToken<BridgeSettings>('BRIDGE_SETTINGS', { factory: () => DEFAULT_BRIDGE_SETTINGS });

/**
 * All traffic with the Salesforce console goes through here. Used by effects only; it lives as
 * long as the application and takes its iframe, listeners and timers with it when destroyed.
 */
@Injectable()
export class ConsoleBridge {
  private readonly connection: BridgeConnection;
  private started = false;
  /** Counts and logs (rate-limited) what the intake drops. */
  private readonly dropLog = new DropLog('omni-mfe console bridge');

  constructor() {
    const props = inject(OMNI_PROPS);
    const win = inject(DOCUMENT).defaultView as Window;
    this.connection = new BridgeConnection({
      win,
      host: inject(BRIDGE_HOST),
      bridgeUrl: props.bridge.url,
      consoleOrigin: props.bridge.consoleOrigin,
      settings: inject(BRIDGE_SETTINGS),
      timers: windowTimers(win),
      dropLog: this.dropLog,
    });
    inject(DestroyRef).onDestroy(() => this.connection.stop());
  }

  get state$(): Observable<ConnectionState> {
    return this.connection.state$;
  }

  get events$(): Observable<BridgeEvent> {
    return this.connection.events$;
  }

  /** Emits whenever a (new) session with the console begins: read its truth then. */
  get resync$(): Observable<void> {
    return this.connection.resync$;
  }

  /** Creates the bridge iframe; later calls do nothing. */
  connect(): void {
    if (this.started) return;
    this.started = true;
    this.connection.start();
  }

  /** A cold observable: the request is sent on subscribe. Errors are BridgeErrors. */
  request<T extends RequestType>(type: T, params: RequestParams<T>): Observable<RequestResult<T>> {
    return defer(() => this.connection.request(type, params));
  }
}
