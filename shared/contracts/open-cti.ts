/**
 * The three functions of Open CTI's Lightning Message Service API (`sforce.opencti`, API 47.0+,
 * Salesforce Open CTI Developer Guide, sforce-api-cti-methods-lms) as the shell hands them to
 * omni-mfe: omni-mfe never reads `window.sforce` itself. Every call takes one object and answers
 * through its `callback` with `{ success, returnValue, errors }`.
 */
export interface OpenCtiError {
  readonly code: string;
  readonly description: string;
  readonly details?: unknown;
}

export interface OpenCtiResponse<T = unknown> {
  readonly success: boolean;
  readonly returnValue?: T;
  /** Set when `success` is false; Salesforce documents an array of `{code, description, details}`. */
  readonly errors?: readonly OpenCtiError[] | null;
}

export type OpenCtiCallback<T = unknown> = (response: OpenCtiResponse<T>) => void;

export interface OpenCtiMessageService {
  /** `returnValue` is the subscription object, opaque: it is only ever passed back to `unsubscribe`. */
  subscribe(args: { channelName: string; listener: (message: unknown) => void; callback?: OpenCtiCallback }): void;
  unsubscribe(args: { subscription: unknown; callback?: OpenCtiCallback }): void;
  /** `message` must be plain JSON; `returnValue` is null on success. */
  publish(args: { channelName: string; message: unknown; callback?: OpenCtiCallback<null> }): void;
}

/** Open CTI's errors in one line, e.g. `SOFTPHONE_CONTAINER_ERROR: Container not ready`. */
export function describeOpenCtiErrors(response: unknown): string {
  const errors = (response as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return 'no error was given';
  return errors
    .slice(0, 3)
    .map((e: unknown) => {
      const { code, description } = (e ?? {}) as { code?: unknown; description?: unknown };
      const text = [code, description].filter((part) => typeof part === 'string' && part).join(': ');
      return text || 'unnamed error';
    })
    .join('; ')
    .slice(0, 300);
}
