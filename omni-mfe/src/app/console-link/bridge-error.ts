import type { BridgeErrorCode } from '@shared/bridge/requests.schema';

/** A console request that did not succeed; `code` says whether the console, the path or time failed. */
export class BridgeError extends Error {
  constructor(
    readonly code: BridgeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}
