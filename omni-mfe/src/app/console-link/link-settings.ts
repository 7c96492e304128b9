import { InjectionToken } from '@angular/core';

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
export const backoffDelay = (attempt: number, initialMs: number, maxMs: number, jitter: number): number =>
  Math.round(Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1)) * (1 - jitter + 2 * jitter * Math.random()));
