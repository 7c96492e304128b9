import type { AdapterName } from '@shared/protocol/envelope';
import type { OmniEvent } from '@shared/protocol/events.schema';
import type { LinkErrorCode, RequestParams, RequestResult, RequestType } from '@shared/protocol/requests.schema';

/** What the bridge page needs of a console: one per toolkit (Classic, Lightning, simulator). */
export interface ConsoleAdapter {
  readonly name: AdapterName;
  /** Omni-Channel works in console mode only. */
  isConsoleMode(): boolean;
  /** Carries out a request; rejects with a ConsoleCallError. */
  call<T extends RequestType>(type: T, params: RequestParams<T>): Promise<RequestResult<T>>;
  /** Relays console events in the order the console fires them; returns the unsubscribe. */
  subscribe(listener: (event: OmniEvent) => void): () => void;
  /** Releases the console's listeners. */
  dispose(): void;
}

/** A toolkit call that did not succeed, with the code the MFE's effects branch on. */
export class ConsoleCallError extends Error {
  constructor(
    readonly code: LinkErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleCallError';
  }
}
