import { BehaviorSubject, Subject } from 'rxjs';
import { DropLog } from '@shared/bridge/drop-log';
import { envelope, type BridgeMessage, type HelloMessage, type RequestMessage } from '@shared/bridge/envelope';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import { lms, parseLmsMessage } from '@shared/bridge/message-service';
import type { RequestParams, RequestResult, RequestType } from '@shared/bridge/requests.schema';
import type { OpenCtiMessageService } from '@shared/contracts/open-cti';
import { BridgeError } from '../bridge-error';
import {
  backoffDelay,
  type ConnectionState,
  type ConnectionStatus,
  type ConsoleTransport,
  type LinkSettings,
} from '../console-transport';
import { createHeartbeat } from '../heartbeat';
import { createRequestManager, type RequestPort } from '../request-manager';
import type { Timers } from '../timers';
import { createLmsChannel } from './lms-channel';

export interface OpenCtiTransportOptions {
  /** `sforce.opencti`'s publish, subscribe and unsubscribe, as the shell handed them over. */
  readonly service: OpenCtiMessageService;
  readonly channelName: string;
  readonly doc: Document;
  readonly settings: LinkSettings;
  readonly timers: Timers;
  readonly dropLog: DropLog;
}

/** The Lightning console's transport; `state` is the latest value of `state$`. */
export interface OpenCtiTransport extends ConsoleTransport {
  readonly state: ConnectionState;
}

/**
 * The Lightning console's transport: the bridge protocol over Lightning Message Service through
 * Open CTI, to the relay in the utility bar (shared/bridge/message-service.ts has the wire format
 * and the handshake). Each handshake has a fresh session id; only the current session's messages
 * are acted on, everything else on the channel is dropped and counted (our own messages, which
 * the channel hands back, are counted apart and never logged). A relay that (re)starts announces
 * itself and is welcomed at once; one that does not answer, or stops answering, is retried with
 * backoff, and each new session emits on `sessions$` so that the console is read again.
 */
export function createOpenCtiTransport(options: OpenCtiTransportOptions): OpenCtiTransport {
  const { doc, timers, settings, dropLog, channelName } = options;
  const stateSubject = new BehaviorSubject<ConnectionState>({ status: 'connecting', adapter: null, attempts: 0 });
  const eventSubject = new Subject<BridgeEvent>();
  const sessionSubject = new Subject<void>();
  const ownMessages = new DropLog('omni-mfe open cti', () => undefined);
  const requests = createRequestManager(timers, settings.requestTimeoutMs);
  const sessionPrefix = `dc-${Math.random().toString(36).slice(2, 10)}`;
  let sessionCount = 0;
  /** The session of the welcome we wait an answer for, and the session we are in. */
  let offered: string | null = null;
  let session: string | null = null;
  let subscribed = false;
  let linkProblem: string | undefined;
  let publishProblem: string | undefined;
  let retryTimer: unknown = null;
  let stopped = false;

  const channel = createLmsChannel(options.service, channelName, timers, settings, (problem) => {
    publishProblem = problem ?? undefined;
    emit(stateSubject.value);
  });
  const send = (message: BridgeMessage, wanted: (s: string) => boolean): void => {
    const s = session;
    if (s !== null) channel.publish(lms.wrap('relay', s, message), () => session === s && wanted(s));
  };
  const heartbeat = createHeartbeat(
    timers,
    settings.heartbeatMs,
    settings.allowedMisses,
    () => doc.visibilityState === 'hidden',
    // A ping that could not be published counts as a missed beat; it is not sent again.
    (id) => send(envelope.heartbeat('ping', id), () => false),
    () => connectionLost('The Omni-Channel relay in the Salesforce utility bar stopped answering.'),
  );
  const requestPort: RequestPort = {
    postMessage: (request: RequestMessage) => send(request, () => requests.isPending(request.id)),
  };
  const noAnswer =
    `No answer came from the Omni-Channel relay in the Salesforce utility bar (message channel ${channelName}): ` +
    "check that the Lightning app's utility bar holds the Omni-Channel relay.";

  function receive(data: unknown): void {
    if (stopped) return;
    const parsed = parseLmsMessage(data, 'softphone');
    if (!parsed.ok) return (parsed.reason === 'recipient' ? ownMessages : dropLog).drop(parsed.reason, parsed.detail);
    const { session: s, envelope: message } = parsed.message;
    if (message.kind === 'hello') {
      // A relay that (re)started has no session: whatever we had is gone; welcome it at once.
      if (s === null) return subscribed ? relayRestarted() : undefined;
      if (s !== offered) return dropLog.drop('session', `hello of session ${s}, not the one offered`);
      return openSession(s, message);
    }
    if (s !== session) return dropLog.drop('session', `${message.kind} of session ${s}, not the current one`);
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
        dropLog.drop('unexpected', `${message.kind} for the softphone`);
    }
  }

  function subscribe(): void {
    armRetry(`Open CTI did not confirm the subscription to the message channel ${channelName}.`);
    channel.subscribe(receive, (problem) => {
      if (stopped) return;
      if (problem !== null) return void (clearRetry(), retry(`${problem}.`));
      subscribed = true;
      offerSession();
    });
  }

  /** Publishes a welcome with a fresh session id; the relay answers with a hello in that session. */
  function offerSession(): void {
    const s = `${sessionPrefix}-${++sessionCount}`;
    offered = s;
    channel.publish(lms.welcome(s), () => offered === s);
    armRetry(noAnswer);
  }

  function openSession(s: string, hello: HelloMessage): void {
    clearRetry();
    closeSession('The Omni-Channel relay restarted; the request was not confirmed.');
    offered = null;
    session = s;
    linkProblem = undefined;
    const consoleMode = hello.payload.consoleMode;
    setState(consoleMode ? 'connected' : 'console-mode-required', hello.payload.adapter, 0);
    if (!consoleMode) return;
    heartbeat.start();
    sessionSubject.next();
  }

  function relayRestarted(): void {
    if (session !== null) {
      closeSession('The Omni-Channel relay restarted; the request was not confirmed.');
      const { adapter, attempts } = stateSubject.value;
      setState('reconnecting', adapter, attempts);
    }
    offerSession();
  }

  function connectionLost(why: string): void {
    closeSession(why);
    retry(why);
  }

  function retry(why: string): void {
    offered = null;
    linkProblem = why;
    const attempts = stateSubject.value.attempts + 1;
    setState(
      attempts > settings.attemptsBeforeFailed ? 'failed' : 'reconnecting',
      stateSubject.value.adapter,
      attempts,
    );
    clearRetry();
    retryTimer = timers.setTimeout(
      () => {
        retryTimer = null;
        if (subscribed) offerSession();
        else subscribe();
      },
      backoffDelay(attempts, settings.backoffInitialMs, settings.backoffMaxMs, settings.jitter),
    );
  }

  /** If the attempt under way has not succeeded within the handshake timeout, it failed for `why`. */
  function armRetry(why: string): void {
    clearRetry();
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      retry(why);
    }, settings.handshakeTimeoutMs);
  }

  function clearRetry(): void {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
  }

  function closeSession(why: string): void {
    heartbeat.stop();
    session = null;
    requests.rejectAll(new BridgeError('disconnected', why));
  }

  function setState(status: ConnectionStatus, adapter: ConnectionState['adapter'], attempts: number): void {
    emit({ status, adapter, attempts });
  }

  /** Emits `next` with the current problem, if it differs from what was last emitted. */
  function emit(next: ConnectionState): void {
    if (stopped) return;
    const problem = linkProblem ?? publishProblem;
    const state: ConnectionState = problem
      ? { status: next.status, adapter: next.adapter, attempts: next.attempts, problem }
      : { status: next.status, adapter: next.adapter, attempts: next.attempts };
    const current = stateSubject.value;
    if (
      current.status !== state.status ||
      current.adapter !== state.adapter ||
      current.attempts !== state.attempts ||
      current.problem !== state.problem
    )
      stateSubject.next(state);
  }

  const onVisibilityChange = (): void => {
    if (doc.visibilityState === 'visible') heartbeat.pageShown();
  };

  return {
    state$: stateSubject.asObservable(),
    events$: eventSubject.asObservable(),
    sessions$: sessionSubject.asObservable(),

    get state() {
      return stateSubject.value;
    },

    /** Subscribes to the message channel, then offers the relay a session. */
    start: () => {
      doc.addEventListener('visibilitychange', onVisibilityChange);
      subscribe();
    },

    /** Sends a request to the console through the relay. */
    request: <T extends RequestType>(type: T, params: RequestParams<T>): Promise<RequestResult<T>> => {
      const status = stateSubject.value.status;
      if (status === 'console-mode-required') {
        return Promise.reject(
          new BridgeError(
            'console-mode-required',
            'Omni-Channel works in console mode only: open Desktop Connect in a Lightning console app.',
          ),
        );
      }
      if (session === null || status !== 'connected') {
        return Promise.reject(
          new BridgeError('disconnected', 'The Salesforce console is not connected; omni-mfe is reconnecting.'),
        );
      }
      return requests.send(requestPort, type, params);
    },

    /** Unsubscribes from the channel and clears every timer; pending requests fail. */
    stop: () => {
      if (stopped) return;
      doc.removeEventListener('visibilitychange', onVisibilityChange);
      clearRetry();
      closeSession('omni-mfe was unmounted.');
      stopped = true;
      channel.close();
      stateSubject.complete();
      eventSubject.complete();
      sessionSubject.complete();
    },
  };
}
