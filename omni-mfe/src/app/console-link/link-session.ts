import { Subject, type Observable } from 'rxjs';
import type { DropLog } from '@shared/protocol/drop-log';
import { envelope, type AdapterName, type ProtocolMessage, type HelloMessage } from '@shared/protocol/envelope';
import type { OmniEvent } from '@shared/protocol/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/protocol/requests.schema';
import { LinkError } from './link-error';
import type { ConnectionStatus } from './console-transport';
import { createHeartbeat, type Heartbeat } from './heartbeat';
import type { LinkProblem } from './link-problem';
import type { LinkSettings } from './link-settings';
import type { LinkState } from './link-state';
import { createRequestManager, type RequestManager, type RequestPort } from './request-manager';
import type { Timers } from './timers';

/**
 * A transport's traffic with the console, one session after another: requests and their
 * answers, the console's events, the heartbeat, and the news that a session began. How a
 * session opens (the handshake) is the transport's; what goes on inside one is the same for both.
 */
/** Where a session's requests and pings go: the bridge's MessagePort, or a publisher for the relay's session. */
export type SessionPort = RequestPort & { close?(): void };

export interface LinkSession {
  readonly events$: Observable<OmniEvent>;
  /** Emits when a session in console mode begins: the console must be read again. */
  /** Each session's console-side adapter, as its hello named it. */
  readonly sessions$: Observable<AdapterName>;
  /**
   * A hello opened a session on `port`: in console mode the heartbeat runs on it and `sessions$`
   * tells; outside it, `outsideConsole` shows and requests fail with the transport's words.
   */
  open(hello: HelloMessage, outsideConsole: LinkProblem, port: SessionPort): void;
  /** The session ended: its heartbeat stops, its port closes and its requests fail with `why`. */
  end(why: string): void;
  /** Acts on a response, event or pong of the current session; drops (and counts) any other kind. */
  receive(message: ProtocolMessage): void;
  /** Sends a request in the session; fails at once outside console mode (saying `consoleModeWords()`) or without one. */
  request<T extends RequestType>(
    consoleModeWords: () => string,
    type: T,
    params: RequestParams<T>,
  ): Promise<RequestResult<T>>;
  /** Whether the request with this id still waits for its answer (sending it again is pointless otherwise). */
  isPending(id: string): boolean;
  /** Ends the session for good; the streams complete. */
  stop(): void;
}

/** Where a message of a session goes; true, or why it is dropped. */
function deliver(message: ProtocolMessage, requests: RequestManager, heartbeat: Heartbeat, events: Subject<OmniEvent>) {
  if (message.kind === 'event') events.next({ type: message.type, payload: message.payload } as OmniEvent);
  else if (message.kind === 'response') return requests.settle(message) || `response to unknown request ${message.id}`;
  else if (message.kind === 'pong') return heartbeat.pong(message.id) || `stale pong ${message.id}`;
  else return `${message.kind} in a session`;
  return true;
}

/** Why a request cannot go out now, if it cannot: outside console mode, or without a connected session. */
function refusal(status: ConnectionStatus, port: SessionPort | null, consoleModeWords: () => string) {
  if (status === 'console-mode-required') return new LinkError('console-mode-required', consoleModeWords());
  if (port && status === 'connected') return null;
  return new LinkError('disconnected', 'The Salesforce console is not connected; omni-mfe is reconnecting.');
}

/** `silent` runs when the session stops answering the heartbeat: the transport ends it and reconnects. */
export function createLinkSession(
  doc: Document,
  { settings, timers, dropLog }: { settings: LinkSettings; timers: Timers; dropLog: DropLog },
  link: LinkState,
  silent: () => void,
): LinkSession {
  const events = new Subject<OmniEvent>();
  const sessions = new Subject<AdapterName>();
  const requests = createRequestManager(timers, settings.requestTimeoutMs);
  const hidden = () => doc.visibilityState === 'hidden';
  const ping = (id: string) => port?.postMessage(envelope.heartbeat('ping', id));
  const heartbeat = createHeartbeat(timers, settings.heartbeatMs, settings.allowedMisses, hidden, ping, silent);
  const onVisibilityChange = () => hidden() || heartbeat.pageShown();
  let port: SessionPort | null = null;
  const end = (why: string): void => {
    heartbeat.stop();
    port?.close?.();
    port = null;
    requests.rejectAll(new LinkError('disconnected', why));
  };
  doc.addEventListener('visibilitychange', onVisibilityChange);
  return {
    events$: events.asObservable(),
    sessions$: sessions.asObservable(),
    open: ({ payload: { consoleMode, adapter } }, outsideConsole, opened) => {
      port = opened;
      link.opened(consoleMode ? undefined : outsideConsole);
      if (!consoleMode) return;
      heartbeat.start();
      sessions.next(adapter);
    },
    end,
    receive: (message) => {
      const delivered = deliver(message, requests, heartbeat, events);
      if (delivered !== true) dropLog.drop('unexpected', delivered);
    },
    request: (consoleModeWords, type, params) => {
      const refused = refusal(link.value.status, port, consoleModeWords);
      return refused ? Promise.reject(refused) : requests.send(port as SessionPort, type, params);
    },
    isPending: requests.isPending,
    stop: () => {
      doc.removeEventListener('visibilitychange', onVisibilityChange);
      end('omni-mfe was unmounted.');
      events.complete();
      sessions.complete();
    },
  };
}
