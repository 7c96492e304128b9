import type { OpenCtiCallback, OpenCtiError, OpenCtiMessageService, OpenCtiResponse } from '@shared/contracts/open-cti';

type Method = 'subscribe' | 'unsubscribe' | 'publish';

interface Subscription {
  readonly channelName: string;
  readonly listener: (message: unknown) => void;
}

/**
 * A double of `sforce.opencti`'s message service with the documented shapes (Open CTI Developer
 * Guide, sforce-api-cti-methods-lms): one object argument, answers by `callback` with
 * `{ success, returnValue, errors }` in a later task, every message delivered to every subscriber
 * of its channel (the publisher's own included) as a JSON copy, in a later task.
 */
export class OpenCtiDouble {
  readonly published: unknown[] = [];
  readonly calls: Method[] = [];
  private readonly subscriptions = new Set<Subscription>();
  private readonly failures = new Map<Method, OpenCtiError[][]>();
  /** While set, calls never answer (Open CTI not initialised). */
  silent = false;

  /** What the shell hands omni-mfe: plain functions, usable unbound. */
  readonly api: OpenCtiMessageService = {
    subscribe: ({ channelName, listener, callback }) => {
      this.calls.push('subscribe');
      const failure = this.takeFailure('subscribe');
      if (failure) return this.answer(callback, { success: false, returnValue: null, errors: failure });
      const subscription: Subscription = { channelName, listener };
      this.subscriptions.add(subscription);
      this.answer(callback, { success: true, returnValue: subscription, errors: null });
    },
    unsubscribe: ({ subscription, callback }) => {
      this.calls.push('unsubscribe');
      const found = this.subscriptions.delete(subscription as Subscription);
      this.answer(
        callback,
        found
          ? { success: true, returnValue: null, errors: null }
          : {
              success: false,
              returnValue: null,
              errors: [{ code: 'GENERIC_ERROR', description: 'Unknown subscription', details: null }],
            },
      );
    },
    publish: ({ channelName, message, callback }) => {
      this.calls.push('publish');
      const failure = this.takeFailure('publish');
      if (failure) return this.answer(callback, { success: false, returnValue: null, errors: failure });
      this.deliver(message, channelName);
      this.answer(callback, { success: true, returnValue: null, errors: null });
    },
  };

  /** The next call of `method` fails with these errors (each call queued takes one). */
  failNext(method: Method, errors: OpenCtiError[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), errors]);
  }

  /** Puts any message on the channel, as another component (the relay, a stranger) would. */
  deliver(message: unknown, channelName = 'dcOmniBridge__c'): void {
    const text = JSON.stringify(message);
    if (text === undefined) throw new Error('The message service carries JSON only.');
    this.published.push(JSON.parse(text));
    for (const s of [...this.subscriptions])
      if (s.channelName === channelName) setTimeout(() => s.listener(JSON.parse(text)), 0);
  }

  get subscriberCount(): number {
    return this.subscriptions.size;
  }

  private takeFailure(method: Method): OpenCtiError[] | undefined {
    const queue = this.failures.get(method);
    return queue?.shift();
  }

  private answer<T>(callback: OpenCtiCallback<T> | undefined, response: OpenCtiResponse<T>): void {
    if (!this.silent) setTimeout(() => callback?.(response), 0);
  }
}
