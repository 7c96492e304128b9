import type { LmsMessage } from '@shared/protocol/message-service';
import { describeOpenCtiErrors, type OpenCtiMessageService } from '@shared/contracts/open-cti';
import { backoffDelay, type LinkSettings } from '../link-settings';
import type { Timers } from '../timers';

/**
 * omni-mfe's end of one Lightning message channel through Open CTI: one subscription at a time,
 * and publishes that are tried again when Open CTI refuses them, for as long as the sender still
 * wants them sent (a request nobody waits for any more is not sent late).
 */
export interface LmsChannel {
  /** Whether a subscription is in place. */
  readonly subscribed: boolean;
  /** Subscribes `listener`; `done` gets null, or Open CTI's errors. A newer call supersedes an older one. */
  subscribe(listener: (message: unknown) => void, done: (errors: string | null) => void): void;
  /** Publishes `message`, again after a short wait while it fails and `wanted()` holds. */
  publish(message: LmsMessage, wanted: () => boolean): void;
  /** Unsubscribes and forgets every retry; nothing is published afterwards. */
  close(): void;
}

export interface LmsChannelOptions {
  readonly service: OpenCtiMessageService;
  readonly channelName: string;
  readonly timers: Timers;
  readonly settings: LinkSettings;
}

const thrown = (err: unknown): string => (err as Error)?.message ?? 'it threw';

/** Gives a subscription back; a failure only warns, since nothing more can be done about it. */
function unsubscribe({ service, channelName }: LmsChannelOptions, subscription: unknown): void {
  const warn = (why: string) => console.warn(`omni-mfe: Open CTI could not unsubscribe from ${channelName} (${why})`);
  try {
    service.unsubscribe({ subscription, callback: (r) => r?.success || warn(describeOpenCtiErrors(r)) });
  } catch (err) {
    warn(thrown(err));
  }
}

/**
 * Publishes with retries after Open CTI refused; `problem` hears Open CTI's errors on a refusal,
 * and null once a publish goes through again after refusals.
 */
function createPublisher(options: LmsChannelOptions, problem: (errors: string | null) => void) {
  const { service, channelName, timers, settings } = options;
  const retries = new Set<unknown>();
  let closed = false;
  let failing = false;
  const publish = (message: LmsMessage, wanted: () => boolean, attempt: number): void => {
    const failed = (errors: string): void => {
      if (closed) return;
      failing = true;
      problem(errors);
      if (!wanted()) return;
      const wait = backoffDelay(attempt, settings.readRetryInitialMs, settings.readRetryMaxMs, settings.jitter);
      const timer = timers.setTimeout(() => {
        retries.delete(timer);
        if (!closed && wanted()) publish(message, wanted, attempt + 1);
      }, wait);
      retries.add(timer);
    };
    try {
      service.publish({
        channelName,
        message,
        callback: (response) => {
          if (!response?.success) return failed(describeOpenCtiErrors(response));
          if (!failing || closed) return;
          failing = false;
          problem(null);
        },
      });
    } catch (err) {
      failed(thrown(err));
    }
  };
  return {
    publish: (message: LmsMessage, wanted: () => boolean): void => {
      if (!closed) publish(message, wanted, 1);
    },
    close: () => {
      closed = true;
      for (const timer of retries) timers.clearTimeout(timer);
      retries.clear();
    },
  };
}

/** `onPublishProblem` hears Open CTI's errors when a publish fails, and null once one succeeds again. */
export function createLmsChannel(
  options: LmsChannelOptions,
  onPublishProblem: (errors: string | null) => void,
): LmsChannel {
  const publisher = createPublisher(options, onPublishProblem);
  let subscription: unknown = null;
  let generation = 0;
  let closed = false;
  const release = (): void => {
    if (subscription !== null) unsubscribe(options, subscription);
    subscription = null;
  };
  return {
    get subscribed() {
      return subscription !== null;
    },
    subscribe: (listener, done) => {
      const mine = ++generation;
      release();
      try {
        options.service.subscribe({
          channelName: options.channelName,
          listener: (message) => {
            if (!closed && mine === generation) listener(message);
          },
          callback: (response) => {
            const ok = response?.success === true;
            // A late answer to a superseded or closed attempt: give back what it holds.
            if (closed || mine !== generation) return void (ok && unsubscribe(options, response.returnValue));
            if (ok) subscription = response.returnValue;
            done(ok ? null : describeOpenCtiErrors(response));
          },
        });
      } catch (err) {
        done(thrown(err));
      }
    },
    publish: publisher.publish,
    close: () => {
      if (closed) return;
      closed = true;
      generation++;
      publisher.close();
      release();
    },
  };
}
