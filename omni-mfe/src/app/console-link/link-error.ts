import type { LinkErrorCode } from '@shared/protocol/requests.schema';

/** A console request that did not succeed; `code` says whether the console, the path or time failed. */
export class LinkError extends Error {
  constructor(
    readonly code: LinkErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LinkError';
  }
}
