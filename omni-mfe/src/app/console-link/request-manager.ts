import * as v from 'valibot';
import { envelope, type ResponseMessage } from '@shared/protocol/envelope';
import {
  REQUEST_SCHEMAS,
  type RequestParams,
  type RequestResult,
  type RequestType,
} from '@shared/protocol/requests.schema';
import { LinkError } from './link-error';
import type { Timers } from './timers';

/** Where requests are posted: a MessagePort (the bridge iframe) or the message service's publisher (Open CTI). */
export type RequestPort = Pick<MessagePort, 'postMessage'>;

interface Pending {
  readonly type: RequestType;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: LinkError) => void;
  readonly timer: unknown;
}

/**
 * Correlates requests with responses by id. Every request ends exactly once: with its checked
 * result, a console error, a timeout, or a disconnect.
 */
export interface RequestManager {
  /** Sends a request on `port`; the promise rejects with a LinkError on any failure. */
  send<T extends RequestType>(port: RequestPort, type: T, params: RequestParams<T>): Promise<RequestResult<T>>;
  /** Whether the request with this id still waits for its answer (a retried send is pointless otherwise). */
  isPending(id: string): boolean;
  /** Settles the request a response answers; false when no request is waiting for it. */
  settle(response: ResponseMessage): boolean;
  /** Fails every waiting request, e.g. when the connection they were sent on is gone. */
  rejectAll(error: LinkError): void;
}

/** Ends a request with its response: the console's error, or the result once its schema has checked it. */
function answer(entry: Pending, { payload }: ResponseMessage): void {
  if (!payload.ok) return entry.reject(new LinkError(payload.error.code, payload.error.message));
  const checked = v.safeParse(REQUEST_SCHEMAS[entry.type].result, payload.result);
  if (checked.success) entry.resolve(checked.output);
  else
    entry.reject(
      new LinkError('invalid-response', `The console answered ${entry.type} with data omni-mfe cannot read.`),
    );
}

/**
 * A closure rather than a class: its state lives in local variables, which the minifier
 * shortens, where a class's fields keep their full names in the initial bundle.
 */
export function createRequestManager(timers: Timers, timeoutMs: number): RequestManager {
  const pending = new Map<string, Pending>();
  const prefix = Math.random().toString(36).slice(2, 8);
  let counter = 0;

  const finish = (id: string): Pending | undefined => {
    const entry = pending.get(id);
    if (entry) timers.clearTimeout(entry.timer);
    pending.delete(id);
    return entry;
  };

  return {
    isPending: (id) => pending.has(id),
    send: <T extends RequestType>(port: RequestPort, type: T, params: RequestParams<T>) => {
      const id = `${prefix}-${++counter}`;
      return new Promise<RequestResult<T>>((resolve, reject) => {
        const timer = timers.setTimeout(() => {
          pending.delete(id);
          reject(new LinkError('timeout', `The console did not answer ${type} within ${timeoutMs / 1000} s.`));
        }, timeoutMs);
        pending.set(id, { type, resolve: resolve as (r: unknown) => void, reject, timer });
        try {
          port.postMessage(envelope.request(id, type, params));
        } catch (err) {
          finish(id)?.reject(new LinkError('bad-request', `${type} could not be sent: ${(err as Error).message}`));
        }
      });
    },
    settle: (response) => {
      const entry = pending.get(response.id);
      if (!entry || entry.type !== response.type) return false;
      answer(finish(response.id) as Pending, response);
      return true;
    },
    rejectAll: (error) => {
      for (const id of [...pending.keys()]) finish(id)?.reject(error);
    },
  };
}
