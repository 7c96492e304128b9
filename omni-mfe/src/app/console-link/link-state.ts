import { BehaviorSubject, type Observable } from 'rxjs';
import type { ConnectionState, ConnectionStatus } from './console-transport';
import type { LinkProblem } from './link-problem';
import { backoffDelay, type LinkSettings } from './link-settings';
import type { Timers } from './timers';

/**
 * The state a transport shows (`ConnectionState`) and its one timer: the wait for a handshake,
 * or the backoff before the next attempt. A transport tells it what happened; it runs nothing
 * of the transport's but the function a wait was given.
 */
export interface LinkState {
  readonly state$: Observable<ConnectionState>;
  readonly value: ConnectionState;
  /** A hello opened a session: connected, or outside console mode (with the transport's problem for it). */
  opened(outsideConsole?: LinkProblem): void;
  /** The attempt under way, or the session, failed (`problem` says why, if known): `next` runs after the backoff. */
  failed(problem: LinkProblem | undefined, next: () => void): void;
  /** `expired` runs if no session opens and nothing fails within the handshake timeout. */
  awaitHello(expired: () => void): void;
  /** A problem the link has while it works (a refused publish), shown when no attempt has failed; undefined clears it. */
  degraded(problem: LinkProblem | undefined): void;
  /** Shows `status` with the attempts and problem as they stand. */
  show(status: ConnectionStatus): void;
  /** Clears the timer and completes `state$`; nothing is shown or run afterwards. */
  stop(): void;
}

/** Whether two states show the same (problems are data: equal when their fields are). */
const same = (a: ConnectionState, b: ConnectionState): boolean =>
  a.status === b.status && a.attempts === b.attempts && JSON.stringify(a.problem) === JSON.stringify(b.problem);

/**
 * A closure rather than a class: its state lives in local variables, which the minifier
 * shortens, where a class's fields and methods keep their full names in the initial bundle.
 */
export function createLinkState(settings: LinkSettings, timers: Timers): LinkState {
  const subject = new BehaviorSubject<ConnectionState>({ status: 'connecting', attempts: 0 });
  /** Why the latest attempt failed, or why the open session cannot serve; forgotten when a session opens. */
  let failure: LinkProblem | undefined;
  let standing: LinkProblem | undefined;
  let timer: unknown = null;
  let stopped = false;
  const show = (status: ConnectionStatus, attempts = subject.value.attempts): void => {
    const problem = failure ?? standing;
    const next = problem ? { status, attempts, problem } : { status, attempts };
    if (!stopped && !same(subject.value, next)) subject.next(next);
  };
  const wait = (run: (() => void) | null, ms = 0): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = run && !stopped ? timers.setTimeout(() => ((timer = null), run()), ms) : null;
  };
  return {
    state$: subject.asObservable(),
    get value() {
      return subject.value;
    },
    opened: (outsideConsole) => {
      wait(null);
      failure = outsideConsole;
      show(outsideConsole ? 'console-mode-required' : 'connected', 0);
    },
    failed: (problem, next) => {
      const attempts = subject.value.attempts + 1;
      failure = problem;
      show(attempts > settings.attemptsBeforeFailed ? 'failed' : 'reconnecting', attempts);
      wait(next, backoffDelay(attempts, settings.backoffInitialMs, settings.backoffMaxMs, settings.jitter));
    },
    awaitHello: (expired) => wait(expired, settings.handshakeTimeoutMs),
    degraded: (problem) => {
      standing = problem;
      show(subject.value.status);
    },
    show,
    stop: () => {
      wait(null);
      stopped = true;
      subject.complete();
    },
  };
}
