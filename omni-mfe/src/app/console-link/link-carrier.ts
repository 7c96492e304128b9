import type { DropLog } from '@shared/bridge/drop-log';
import type { LinkSettings } from './console-transport';
import type { LinkProblem } from './link-problem';
import type { RequestPort } from './request-manager';
import type { Timers } from './timers';

/** Why attempts fail, once `attempts` have: a diagnosis, the transport's own words, or nothing to add. */
export type AttemptProblem = (attempts: number) => LinkProblem | string | undefined;

/** What a transport adds to the link core: its own way to the console, and its own words. */
export interface LinkCarrier {
  readonly doc: Document;
  readonly settings: LinkSettings;
  readonly timers: Timers;
  readonly dropLog: DropLog;
  /** Why a request fails while the console is not in console mode. */
  readonly consoleModeRequired: string;
  /** Where requests go in the current session; null when there is none. */
  port(): RequestPort | null;
  /** Sends a heartbeat ping in the current session. */
  ping(id: string): void;
  /** The current session stopped answering the heartbeat. */
  lost(): void;
  /** Lets go of the current session's channel (the core ends its heartbeat and requests). */
  endSession(): void;
  /** Begins the first attempt. */
  connect(): void;
  /** Begins the next attempt, once the backoff after a failed one has passed. */
  reconnect(): void;
  /** Releases what the transport created (listeners, frames, subscriptions); the link is stopped. */
  release(): void;
  /** A problem the link has while it works (a refused publish), shown when no attempt has failed. */
  degraded?(): string | undefined;
}
