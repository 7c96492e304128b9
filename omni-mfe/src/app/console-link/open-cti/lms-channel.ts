import type { LmsMessage } from '@shared/bridge/message-service';
import { describeOpenCtiErrors, type OpenCtiMessageService, type OpenCtiResponse } from '@shared/contracts/open-cti';
import { backoffDelay, type LinkSettings } from '../console-transport';
import type { Timers } from '../timers';

/**
 * omni-mfe's end of one Lightning message channel through Open CTI: one subscription at a time,
 * and publishes that are tried again when Open CTI refuses them, for as long as the sender still
 * wants them sent (a request nobody waits for any more is not sent late).
 */
export interface LmsChannel {
  /** Subscribes `listener`; `done` gets null, or why Open CTI refused. A newer call supersedes an older one. */
  subscribe(listener: (message: unknown) => void, done: (problem: string | null) => void): void;
  /** Publishes `message`, again after a short wait while it fails and `wanted()` holds. */
  publish(message: LmsMessage, wanted: () => boolean): void;
  /** Unsubscribes and forgets every retry; nothing is published afterwards. */
  close(): void;
}

export function createLmsChannel(
  service: OpenCtiMessageService,
  channelName: string,
  timers: Timers,
  settings: LinkSettings,
  /** A publish failed (with why) or, after failures, one succeeded again (null). */
  onPublishProblem: (problem: string | null) => void,
): LmsChannel {
  const retries = new Set<unknown>();
  let subscription: unknown = null;
  let generation = 0;
  let closed = false;
  let failing = false;

  const release = (sub: unknown): void => {
    try {
      service.unsubscribe({
        subscription: sub,
        callback: (response) => {
          if (!response?.success)
            console.warn(
              `omni-mfe: Open CTI could not unsubscribe from ${channelName} (${describeOpenCtiErrors(response)})`,
            );
        },
      });
    } catch (err) {
      console.warn(`omni-mfe: Open CTI could not unsubscribe from ${channelName}`, err);
    }
  };

  const publish = (message: LmsMessage, wanted: () => boolean, attempt: number): void => {
    const failed = (why: string): void => {
      if (closed) return;
      failing = true;
      onPublishProblem(`Open CTI could not publish on the message channel ${channelName} (${why}); retrying.`);
      if (!wanted()) return;
      const timer = timers.setTimeout(
        () => {
          retries.delete(timer);
          if (!closed && wanted()) publish(message, wanted, attempt + 1);
        },
        backoffDelay(attempt, settings.readRetryInitialMs, settings.readRetryMaxMs, settings.jitter),
      );
      retries.add(timer);
    };
    try {
      service.publish({
        channelName,
        message,
        callback: (response: OpenCtiResponse<null>) => {
          if (!response?.success) return failed(describeOpenCtiErrors(response));
          if (failing && !closed) {
            failing = false;
            onPublishProblem(null);
          }
        },
      });
    } catch (err) {
      failed((err as Error)?.message ?? 'it threw');
    }
  };

  return {
    subscribe: (listener, done) => {
      const mine = ++generation;
      if (subscription !== null) release(subscription);
      subscription = null;
      try {
        service.subscribe({
          channelName,
          listener: (message) => {
            if (!closed && mine === generation) listener(message);
          },
          callback: (response) => {
            const ok = response?.success === true;
            // A late answer to a superseded or closed attempt: give back what it holds.
            if (closed || mine !== generation) return void (ok && release(response.returnValue));
            if (!ok)
              return done(
                `Open CTI could not subscribe to the message channel ${channelName} (${describeOpenCtiErrors(response)})`,
              );
            subscription = response.returnValue;
            done(null);
          },
        });
      } catch (err) {
        done(
          `Open CTI could not subscribe to the message channel ${channelName} (${(err as Error)?.message ?? 'it threw'})`,
        );
      }
    },
    publish: (message, wanted) => {
      if (!closed) publish(message, wanted, 1);
    },
    close: () => {
      if (closed) return;
      closed = true;
      generation++;
      for (const timer of retries) timers.clearTimeout(timer);
      retries.clear();
      if (subscription !== null) release(subscription);
      subscription = null;
    },
  };
}
