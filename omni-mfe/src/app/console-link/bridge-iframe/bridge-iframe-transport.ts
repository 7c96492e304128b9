import { BehaviorSubject, Subject } from 'rxjs';
import { DropLog } from '@shared/bridge/drop-log';
import { envelope, parseBridgeMessage, type HelloMessage } from '@shared/bridge/envelope';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/bridge/requests.schema';
import { BridgeError } from '../bridge-error';
import {
  backoffDelay,
  type ConnectionState,
  type ConnectionStatus,
  type ConsoleTransport,
  type LinkSettings,
} from '../console-transport';
import { createHeartbeat } from '../heartbeat';
import { createRequestManager } from '../request-manager';
import type { LinkProblem } from '../link-problem';
import type { Timers } from '../timers';
import { createBridgeFrame } from './bridge-frame';
import { createHandshakeDiagnosis, type FailedAnswer } from './handshake-diagnosis';

export interface BridgeIframeOptions {
  readonly win: Window;
  readonly host: HTMLElement;
  readonly bridgeUrl: string;
  readonly consoleOrigin: string;
  readonly settings: LinkSettings;
  readonly timers: Timers;
  readonly dropLog: DropLog;
}

/** The Classic console's transport; `state` is the latest value of `state$`. */
export interface BridgeIframeTransport extends ConsoleTransport {
  readonly state: ConnectionState;
}

/**
 * The Classic console's transport: a hidden bridge iframe in the console's (or Visualforce)
 * origin. It accepts the bridge's `hello` only from that origin and that iframe's window, moves
 * to a private MessagePort, and heals itself (heartbeat, reconnect with backoff). Each new
 * session emits on `sessions$` so that the console's truth is read again and nothing missed
 * while away is lost.
 *
 * A closure rather than a class: its state lives in local variables, which the minifier
 * shortens, where a class's fields and methods keep their full names in the initial bundle.
 */
export function createBridgeIframeTransport(options: BridgeIframeOptions): BridgeIframeTransport {
  const { win, timers, settings, dropLog, consoleOrigin } = options;
  const stateSubject = new BehaviorSubject<ConnectionState>({ status: 'connecting', adapter: null, attempts: 0 });
  const eventSubject = new Subject<BridgeEvent>();
  const sessionSubject = new Subject<void>();
  const dcOrigin = win.location.origin;
  const frame = createBridgeFrame(options.host, options.bridgeUrl, dcOrigin);
  const diagnosis = createHandshakeDiagnosis({
    bridgeUrl: options.bridgeUrl,
    consoleOrigin,
    dcOrigin,
    attemptsBeforeDiagnosis: settings.attemptsBeforeDiagnosis,
  });
  const requests = createRequestManager(timers, settings.requestTimeoutMs);
  const heartbeat = createHeartbeat(
    timers,
    settings.heartbeatMs,
    settings.allowedMisses,
    () => win.document.visibilityState === 'hidden',
    (id) => port?.postMessage(envelope.heartbeat('ping', id)),
    () => connectionLost('The console bridge stopped answering.'),
  );
  let port: MessagePort | null = null;
  let retryTimer: unknown = null;
  let stopped = false;

  const onWindowMessage = (event: MessageEvent): void => {
    const fromFrame = frame.isSource(event.source);
    if (event.origin !== consoleOrigin) {
      // Our own iframe answering from elsewhere: a bridge URL off the console origin, or a redirect.
      if (fromFrame) attemptFailed({ kind: 'wrong-origin', origin: event.origin });
      return dropLog.drop('origin', `from ${event.origin} (expected ${consoleOrigin})`);
    }
    if (!fromFrame) return dropLog.drop('source', 'not the bridge iframe');
    const parsed = parseBridgeMessage(event.data);
    if (!parsed.ok) return dropLog.drop(parsed.reason, parsed.detail);
    const kind = parsed.message.kind;
    if (kind === 'refused') return attemptFailed({ kind });
    if (kind !== 'hello') return dropLog.drop('unexpected', `${kind} on the window channel`);
    openSession(parsed.message);
  };

  const onPortMessage = (event: MessageEvent): void => {
    const parsed = parseBridgeMessage(event.data);
    if (!parsed.ok) return dropLog.drop(parsed.reason, parsed.detail);
    const message = parsed.message;
    switch (message.kind) {
      case 'response':
        if (!requests.settle(message)) dropLog.drop('unexpected', `response to unknown request ${message.id}`);
        return;
      case 'event':
        eventSubject.next({ type: message.type, payload: message.payload } as BridgeEvent);
        return;
      case 'pong':
        if (!heartbeat.pong(message.id)) dropLog.drop('unexpected', `stale pong ${message.id}`);
        return;
      default:
        dropLog.drop('unexpected', `${message.kind} on the port`);
    }
  };

  const onVisibilityChange = (): void => {
    if (win.document.visibilityState === 'visible') heartbeat.pageShown();
  };

  /** A hello opens a new session: first contact, a reloaded bridge page, or a bridge that lost us. */
  function openSession(hello: HelloMessage): void {
    clearRetry();
    diagnosis.connected();
    closeSession(new BridgeError('disconnected', 'The console bridge restarted; the request was not confirmed.'));
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = onPortMessage;
    frame.post(envelope.welcome(), consoleOrigin, [channel.port2]);
    const consoleMode = hello.payload.consoleMode;
    setState(consoleMode ? 'connected' : 'console-mode-required', hello.payload.adapter, 0);
    if (!consoleMode) return;
    heartbeat.start();
    sessionSubject.next();
  }

  function connectionLost(reason: string): void {
    closeSession(new BridgeError('disconnected', reason));
    retry();
  }

  /** The bridge iframe answered this attempt, but not with a hello: it has failed, no need to wait for one. */
  function attemptFailed(answer: FailedAnswer): void {
    if (diagnosis.answered(answer)) retry();
  }

  function retry(): void {
    const attempts = stateSubject.value.attempts + 1;
    setState(
      attempts > settings.attemptsBeforeFailed ? 'failed' : 'reconnecting',
      stateSubject.value.adapter,
      attempts,
      diagnosis.failed(attempts),
    );
    clearRetry();
    retryTimer = timers.setTimeout(
      () => {
        retryTimer = null;
        load();
      },
      backoffDelay(attempts, settings.backoffInitialMs, settings.backoffMaxMs, settings.jitter),
    );
  }

  /** Starts an attempt: a fresh bridge page, which has `handshakeTimeoutMs` to say hello. */
  function load(): void {
    diagnosis.attemptStarted();
    frame.load();
    armRetry(settings.handshakeTimeoutMs);
  }

  /** If no hello comes within `ms`, the attempt failed: try again. */
  function armRetry(ms: number): void {
    clearRetry();
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      retry();
    }, ms);
  }

  function clearRetry(): void {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
  }

  function closeSession(error: BridgeError): void {
    heartbeat.stop();
    if (port) {
      port.onmessage = null;
      port.close();
      port = null;
    }
    requests.rejectAll(error);
  }

  function setState(
    status: ConnectionStatus,
    adapter: ConnectionState['adapter'],
    attempts: number,
    problem?: LinkProblem,
  ): void {
    if (stopped) return;
    const current = stateSubject.value;
    // A problem is found only when an attempt fails, which always changes `attempts`.
    if (current.status !== status || current.adapter !== adapter || current.attempts !== attempts) {
      stateSubject.next(problem ? { status, adapter, attempts, problem } : { status, adapter, attempts });
    }
  }

  return {
    state$: stateSubject.asObservable(),
    events$: eventSubject.asObservable(),
    sessions$: sessionSubject.asObservable(),

    get state() {
      return stateSubject.value;
    },

    /** Creates the iframe and starts listening for its handshake. */
    start: () => {
      win.addEventListener('message', onWindowMessage);
      win.document.addEventListener('visibilitychange', onVisibilityChange);
      load();
    },

    /** Sends a request to the console through the bridge. */
    request: <T extends RequestType>(type: T, params: RequestParams<T>): Promise<RequestResult<T>> => {
      const status = stateSubject.value.status;
      if (status === 'console-mode-required') {
        return Promise.reject(
          new BridgeError(
            'console-mode-required',
            'Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.',
          ),
        );
      }
      if (!port || status !== 'connected') {
        return Promise.reject(
          new BridgeError('disconnected', 'The Salesforce console is not connected; omni-mfe is reconnecting.'),
        );
      }
      return requests.send(port, type, params);
    },

    /** Removes the iframe and every listener, timer and port; pending requests fail. */
    stop: () => {
      if (stopped) return;
      stopped = true;
      win.removeEventListener('message', onWindowMessage);
      win.document.removeEventListener('visibilitychange', onVisibilityChange);
      clearRetry();
      closeSession(new BridgeError('disconnected', 'omni-mfe was unmounted.'));
      frame.remove();
      stateSubject.complete();
      eventSubject.complete();
      sessionSubject.complete();
    },
  };
}
