import * as v from 'valibot';
import { envelope, type ResponseMessage } from '@shared/bridge/envelope';
import { REQUEST_SCHEMAS, type RequestParams, type RequestResult, type RequestType } from '@shared/bridge/requests.schema';
import { BridgeError } from './bridge-error';
import type { Timers } from './timers';

interface Pending {
  readonly type: RequestType;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: BridgeError) => void;
  readonly timer: unknown;
}

/**
 * Correlates requests with responses by id. Every request ends exactly once: with its checked
 * result, a console error, a timeout, or a disconnect.
 */
export class RequestManager {
  private readonly pending = new Map<string, Pending>();
  private counter = 0;
  private readonly prefix = Math.random().toString(36).slice(2, 8);

  constructor(
    private readonly timers: Timers,
    private readonly timeoutMs: number,
  ) {}

  get size(): number {
    return this.pending.size;
  }

  /** Sends a request on `port`; the promise rejects with a BridgeError on any failure. */
  send<T extends RequestType>(port: MessagePort, type: T, params: RequestParams<T>): Promise<RequestResult<T>> {
    const id = `${this.prefix}-${++this.counter}`;
    return new Promise<RequestResult<T>>((resolve, reject) => {
      const timer = this.timers.setTimeout(() => {
        this.pending.delete(id);
        reject(new BridgeError('timeout', `The console did not answer ${type} within ${this.timeoutMs / 1000} s.`));
      }, this.timeoutMs);
      this.pending.set(id, { type, resolve: resolve as (r: unknown) => void, reject, timer });
      try {
        port.postMessage(envelope.request(id, type, params));
      } catch (err) {
        this.finish(id)?.reject(new BridgeError('bad-request', `${type} could not be sent: ${(err as Error).message}`));
      }
    });
  }

  /** Settles the request a response answers; false when no request is waiting for it. */
  settle(response: ResponseMessage): boolean {
    const entry = this.pending.get(response.id);
    if (!entry || entry.type !== response.type) return false;
    this.finish(response.id);
    const payload = response.payload;
    if (!payload.ok) {
      entry.reject(new BridgeError(payload.error.code, payload.error.message));
      return true;
    }
    const checked = v.safeParse(REQUEST_SCHEMAS[entry.type].result, payload.result);
    if (checked.success) entry.resolve(checked.output);
    else entry.reject(new BridgeError('invalid-response', `The console answered ${entry.type} with data omni-mfe cannot read.`));
    return true;
  }

  /** Fails every waiting request, e.g. when the connection they were sent on is gone. */
  rejectAll(error: BridgeError): void {
    for (const id of [...this.pending.keys()]) this.finish(id)?.reject(error);
  }

  private finish(id: string): Pending | undefined {
    const entry = this.pending.get(id);
    if (entry) {
      this.timers.clearTimeout(entry.timer);
      this.pending.delete(id);
    }
    return entry;
  }
}
