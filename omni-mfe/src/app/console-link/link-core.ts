import { BehaviorSubject, Subject } from 'rxjs';
import type { BridgeMessage, HelloMessage } from '@shared/bridge/envelope';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/bridge/requests.schema';
import { BridgeError } from './bridge-error';
import { backoffDelay, type ConnectionState, type ConnectionStatus, type ConsoleTransport } from './console-transport';
import { createHeartbeat } from './heartbeat';
import type { AttemptProblem, LinkCarrier } from './link-carrier';
import type { LinkProblem } from './link-problem';
import { createRequestManager } from './request-manager';

/** A console transport as the console link sees it; `state` is the latest value of `state$`. */
export interface LinkTransport extends ConsoleTransport {
  readonly state: ConnectionState;
}

/**
 * What every console transport does the same way, whatever carries its messages: the
 * connection state it shows, the console's events and sessions, requests and their answers,
 * the heartbeat, and the reconnect timer with its backoff.
 */
export interface LinkCore {
  /** The transport's public face, built on the carrier's hooks. */
  readonly transport: LinkTransport;
  readonly stopped: boolean;
  /** A hello opened a session (after the carrier ended the previous one): connected, or not in console mode. */
  opened(hello: HelloMessage): void;
  /** Acts on a response, event or pong of the current session; false for any other kind. */
  receive(message: BridgeMessage): boolean;
  /** Whether the request with this id still waits for its answer (sending it again is pointless otherwise). */
  isPending(id: string): boolean;
  /** Ends the current session: its heartbeat stops and its requests fail with `why`. */
  closeSession(why: string): void;
  /** The attempt under way, or the session, failed: shows why, and reconnects after a backoff. */
  retry(problem: AttemptProblem): void;
  /** If the attempt under way has not succeeded within the handshake timeout, `failed` runs. */
  armRetry(failed: () => void): void;
  /** Shows `status` (by default the current one) with the adapter, attempts and problem as they stand. */
  showStatus(status?: ConnectionStatus): void;
}

/**
 * A closure rather than a class: its state lives in local variables, which the minifier
 * shortens, where a class's fields and methods keep their full names in the initial bundle.
 */
export function createLinkCore(carrier: LinkCarrier): LinkCore {
  const { doc, settings, timers, dropLog } = carrier;
  const stateSubject = new BehaviorSubject<ConnectionState>({ status: 'connecting', adapter: null, attempts: 0 });
  const eventSubject = new Subject<BridgeEvent>();
  const sessionSubject = new Subject<void>();
  const requests = createRequestManager(timers, settings.requestTimeoutMs);
  const heartbeat = createHeartbeat(
    timers,
    settings.heartbeatMs,
    settings.allowedMisses,
    () => doc.visibilityState === 'hidden',
    carrier.ping,
    carrier.lost,
  );
  /** Why the latest attempt failed; forgotten when a session opens. */
  let failure: LinkProblem | string | undefined;
  let retryTimer: unknown = null;
  let stopped = false;

  const onVisibilityChange = (): void => {
    if (doc.visibilityState === 'visible') heartbeat.pageShown();
  };

  /** Emits the state, with the current problem, if it differs from what was last emitted. */
  function setState(status: ConnectionStatus, adapter: ConnectionState['adapter'], attempts: number): void {
    if (stopped) return;
    const problem = failure ?? carrier.degraded?.();
    const current = stateSubject.value;
    if (
      current.status !== status ||
      current.adapter !== adapter ||
      current.attempts !== attempts ||
      current.problem !== problem
    )
      stateSubject.next(problem ? { status, adapter, attempts, problem } : { status, adapter, attempts });
  }

  function clearRetry(): void {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
  }

  function setRetry(run: () => void, ms: number): void {
    clearRetry();
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      run();
    }, ms);
  }

  function closeSession(why: string): void {
    heartbeat.stop();
    carrier.endSession();
    requests.rejectAll(new BridgeError('disconnected', why));
  }

  const transport: LinkTransport = {
    state$: stateSubject.asObservable(),
    events$: eventSubject.asObservable(),
    sessions$: sessionSubject.asObservable(),

    get state() {
      return stateSubject.value;
    },

    start: () => {
      doc.addEventListener('visibilitychange', onVisibilityChange);
      carrier.connect();
    },

    request: <T extends RequestType>(type: T, params: RequestParams<T>): Promise<RequestResult<T>> => {
      const status = stateSubject.value.status;
      if (status === 'console-mode-required')
        return Promise.reject(new BridgeError('console-mode-required', carrier.consoleModeRequired));
      const port = carrier.port();
      if (!port || status !== 'connected') {
        return Promise.reject(
          new BridgeError('disconnected', 'The Salesforce console is not connected; omni-mfe is reconnecting.'),
        );
      }
      return requests.send(port, type, params);
    },

    /** Releases every listener, timer and channel; pending requests fail. */
    stop: () => {
      if (stopped) return;
      stopped = true;
      doc.removeEventListener('visibilitychange', onVisibilityChange);
      clearRetry();
      closeSession('omni-mfe was unmounted.');
      carrier.release();
      stateSubject.complete();
      eventSubject.complete();
      sessionSubject.complete();
    },
  };

  return {
    transport,
    get stopped() {
      return stopped;
    },
    opened: (hello) => {
      clearRetry();
      failure = undefined;
      const consoleMode = hello.payload.consoleMode;
      setState(consoleMode ? 'connected' : 'console-mode-required', hello.payload.adapter, 0);
      if (!consoleMode) return;
      heartbeat.start();
      sessionSubject.next();
    },
    receive: (message) => {
      switch (message.kind) {
        case 'response':
          if (!requests.settle(message)) dropLog.drop('unexpected', `response to unknown request ${message.id}`);
          return true;
        case 'event':
          eventSubject.next({ type: message.type, payload: message.payload } as BridgeEvent);
          return true;
        case 'pong':
          if (!heartbeat.pong(message.id)) dropLog.drop('unexpected', `stale pong ${message.id}`);
          return true;
        default:
          return false;
      }
    },
    isPending: requests.isPending,
    closeSession,
    retry: (problem) => {
      const { adapter, attempts: failed } = stateSubject.value;
      const attempts = failed + 1;
      failure = problem(attempts);
      setState(attempts > settings.attemptsBeforeFailed ? 'failed' : 'reconnecting', adapter, attempts);
      setRetry(
        carrier.reconnect,
        backoffDelay(attempts, settings.backoffInitialMs, settings.backoffMaxMs, settings.jitter),
      );
    },
    armRetry: (failed) => setRetry(failed, settings.handshakeTimeoutMs),
    showStatus: (status = stateSubject.value.status) => {
      const { adapter, attempts } = stateSubject.value;
      setState(status, adapter, attempts);
    },
  };
}
