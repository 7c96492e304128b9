import { InjectionToken } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AdapterName } from '@shared/bridge/envelope';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/bridge/requests.schema';
import type { LinkProblem } from './link-problem';

/** What a transport knows of its link to the console. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'console-mode-required';

export interface ConnectionState {
  readonly status: ConnectionStatus;
  readonly adapter: AdapterName | null;
  /** Reconnect attempts since the last good connection. */
  readonly attempts: number;
  /** Why the link fails or is degraded; always set with `console-mode-required` (which console, what to do). */
  readonly problem?: LinkProblem;
}

/**
 * One way of carrying the bridge protocol to the console and back: the bridge iframe (Classic)
 * or Open CTI's message service (Lightning). The console link (and so the whole store) sees only
 * this; a third console is one more implementation and a provider choice in app.config.ts. Each
 * implementation owns its handshake and uses the shared pieces beside this file (link-state,
 * link-session: requests, heartbeat, reconnect backoff); none of them calls back into it.
 */
export interface ConsoleTransport {
  readonly state$: Observable<ConnectionState>;
  /** The console's events, in the order the console fired them. */
  readonly events$: Observable<BridgeEvent>;
  /** Emits when a (new) session with the console begins: what it holds must be read again. */
  readonly sessions$: Observable<void>;
  /** Starts connecting; called once, after the first render. */
  start(): void;
  /** Rejects with a BridgeError on any failure (refused, timed out, disconnected). */
  request<T extends RequestType>(type: T, params: RequestParams<T>): Promise<RequestResult<T>>;
  /** Releases everything the transport created: frames, listeners, timers, ports. */
  stop(): void;
}

/** The transport of this mount, chosen by app.config.ts from the shell's props. */
export const CONSOLE_TRANSPORT = new InjectionToken<ConsoleTransport>('CONSOLE_TRANSPORT');
