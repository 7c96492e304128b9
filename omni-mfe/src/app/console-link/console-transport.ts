import { InjectionToken } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AdapterName } from '@shared/protocol/envelope';
import type { OmniEvent } from '@shared/protocol/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/protocol/requests.schema';
import type { LinkProblem } from './link-problem';

/*
 * The console link, top to bottom: a request (say setPresence, for a DC state the agent chose)
 * and what comes back.
 *   console-link.ts          ConsoleLink.request: the effects' one door to the console
 *   <the transport>          bridge-iframe/bridge-iframe-transport.ts or open-cti/open-cti-transport.ts
 *   link-session.ts          refuses it outside console mode or without a session, else
 *   request-manager.ts       posts it with an id and a timeout on the session's port:
 *   <the port>               bridge-iframe/bridge-frame.ts's MessagePort, or the relay session's
 *                            port in open-cti/relay-handshake.ts, published by open-cti/lms-channel.ts
 * Back: the port's message, checked by the transport (Lightning: relay-handshake.ts), goes to
 * link-session.ts, which settles the request (request-manager.ts checks the result's schema) or
 * passes on the console's event (presenceChanged confirms a write) through console-link.ts, which
 * holds events while the console is read, to console-events.ts and the features' effects.
 */

/** What a transport knows of its link to the console. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'console-mode-required';

export interface ConnectionState {
  readonly status: ConnectionStatus;
  /** Reconnect attempts since the last good connection. */
  readonly attempts: number;
  /** Why the link fails or is degraded; always set with `console-mode-required` (which console, what to do). */
  readonly problem?: LinkProblem;
}

/**
 * One way of carrying the console protocol to the console and back: the bridge iframe (Classic)
 * or Open CTI's message service (Lightning). The console link (and so the whole store) sees only
 * this; a third console is one more implementation and a provider choice in app.config.ts. Each
 * implementation owns its handshake and uses the shared pieces beside this file (link-state,
 * link-session: requests, heartbeat, reconnect backoff); none of them calls back into it.
 */
export interface ConsoleTransport {
  readonly state$: Observable<ConnectionState>;
  /** The console's events, in the order the console fired them. */
  readonly events$: Observable<OmniEvent>;
  /** Emits when a (new) session with the console begins: what it holds must be read again. */
  readonly sessions$: Observable<AdapterName>;
  /** Starts connecting; called once, after the first render. */
  start(): void;
  /** Rejects with a LinkError on any failure (refused, timed out, disconnected). */
  request<T extends RequestType>(type: T, params: RequestParams<T>): Promise<RequestResult<T>>;
  /** Releases everything the transport created: frames, listeners, timers, ports. */
  stop(): void;
}

/** The transport of this mount, chosen by app.config.ts from the shell's props. */
export const CONSOLE_TRANSPORT = new InjectionToken<ConsoleTransport>('CONSOLE_TRANSPORT');
