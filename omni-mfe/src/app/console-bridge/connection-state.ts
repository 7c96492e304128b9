import type { AdapterName } from '@shared/bridge/envelope';

/** What the agent and support see of the console bridge. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'console-mode-required';

export interface ConnectionState {
  readonly status: ConnectionStatus;
  readonly adapter: AdapterName | null;
  /** Reconnect attempts since the last good connection. */
  readonly attempts: number;
}

export interface BridgeSettings {
  readonly requestTimeoutMs: number;
  readonly heartbeatMs: number;
  readonly allowedMisses: number;
  readonly handshakeTimeoutMs: number;
  readonly backoffInitialMs: number;
  readonly backoffMaxMs: number;
  /** After this many failed attempts the status says `failed`; attempts go on at the longest interval. */
  readonly attemptsBeforeFailed: number;
}

export const DEFAULT_BRIDGE_SETTINGS: BridgeSettings = {
  requestTimeoutMs: 10_000,
  heartbeatMs: 5_000,
  allowedMisses: 3,
  handshakeTimeoutMs: 10_000,
  backoffInitialMs: 500,
  backoffMaxMs: 30_000,
  attemptsBeforeFailed: 6,
};

/** Exponential backoff with ±20 % jitter, so that many desktops do not retry in step. */
export function backoffDelay(attempt: number, settings: BridgeSettings, random: () => number = Math.random): number {
  const base = Math.min(settings.backoffMaxMs, settings.backoffInitialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
