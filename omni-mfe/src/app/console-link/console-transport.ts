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
  /**
   * Why the link fails or is degraded: a handshake diagnosis (LinkProblem, shown instead of the
   * status), or the transport's own words (shown after the status: no relay, a refused publish).
   */
  readonly problem?: LinkProblem | string;
}

/**
 * One way of carrying the bridge protocol to the console and back. The console link (and so
 * the whole store) sees only this: a second console is one more implementation and a provider
 * choice in app.config.ts. An implementation owns its handshake, heartbeat and reconnects.
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

export interface LinkSettings {
  readonly requestTimeoutMs: number;
  readonly heartbeatMs: number;
  readonly allowedMisses: number;
  readonly handshakeTimeoutMs: number;
  readonly backoffInitialMs: number;
  readonly backoffMaxMs: number;
  /** After this many failed attempts the status says `failed`; attempts go on at the longest interval. */
  readonly attemptsBeforeFailed: number;
  /** After this many failed attempts the status says why they fail (`ConnectionState.problem`). */
  readonly attemptsBeforeDiagnosis: number;
  /**
   * Reading the console again after a failed read: short waits, because the link itself is up
   * and the agent is looking at state that may be stale until the read succeeds.
   */
  readonly readRetryInitialMs: number;
  readonly readRetryMaxMs: number;
  /** ± this share of each wait, so that many desktops do not retry in step. */
  readonly jitter: number;
}

export const DEFAULT_LINK_SETTINGS: LinkSettings = {
  requestTimeoutMs: 10_000,
  heartbeatMs: 5_000,
  allowedMisses: 3,
  handshakeTimeoutMs: 10_000,
  backoffInitialMs: 500,
  backoffMaxMs: 30_000,
  attemptsBeforeFailed: 6,
  attemptsBeforeDiagnosis: 2,
  readRetryInitialMs: 500,
  readRetryMaxMs: 4_000,
  jitter: 0.2,
};

export const LINK_SETTINGS = new InjectionToken<LinkSettings>('LINK_SETTINGS', {
  factory: () => DEFAULT_LINK_SETTINGS,
});

/** Exponential backoff with jitter: `attempt` 1 waits about `initialMs`, each next one twice as long, up to `maxMs`. */
export function backoffDelay(
  attempt: number,
  initialMs: number,
  maxMs: number,
  jitter: number,
  random: () => number = Math.random,
): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (1 - jitter + 2 * jitter * random()));
}
