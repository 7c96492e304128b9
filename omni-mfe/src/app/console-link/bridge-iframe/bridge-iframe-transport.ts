import { BehaviorSubject, Subject, type Observable } from 'rxjs';
import { DropLog } from '@shared/bridge/drop-log';
import { envelope, parseBridgeMessage, type HelloMessage } from '@shared/bridge/envelope';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import type { RequestParams, RequestResult, RequestType } from '@shared/bridge/requests.schema';
import { BridgeError } from '../bridge-error';
import { backoffDelay, type ConnectionState, type ConnectionStatus, type ConsoleTransport, type LinkSettings } from '../console-transport';
import { createHeartbeat, type Heartbeat } from '../heartbeat';
import { createRequestManager, type RequestManager } from '../request-manager';
import type { Timers } from '../timers';
import { BridgeFrame } from './bridge-frame';

export interface BridgeIframeOptions {
  readonly win: Window;
  readonly host: HTMLElement;
  readonly bridgeUrl: string;
  readonly consoleOrigin: string;
  readonly settings: LinkSettings;
  readonly timers: Timers;
  readonly dropLog: DropLog;
}

/**
 * The Classic console's transport: a hidden bridge iframe in the console's (or Visualforce)
 * origin. It accepts the bridge's `hello` only from that origin and that iframe's window, moves
 * to a private MessagePort, and heals itself (heartbeat, reconnect with backoff). Each new
 * session emits on `sessions$` so that the console's truth is read again and nothing missed
 * while away is lost.
 */
export class BridgeIframeTransport implements ConsoleTransport {
  private readonly stateSubject = new BehaviorSubject<ConnectionState>({ status: 'connecting', adapter: null, attempts: 0 });
  private readonly eventSubject = new Subject<BridgeEvent>();
  private readonly sessionSubject = new Subject<void>();
  private readonly frame: BridgeFrame;
  private readonly requests: RequestManager;
  private readonly heartbeat: Heartbeat;
  private port: MessagePort | null = null;
  private retryTimer: unknown = null;
  private stopped = false;

  readonly state$: Observable<ConnectionState> = this.stateSubject.asObservable();
  readonly events$: Observable<BridgeEvent> = this.eventSubject.asObservable();
  readonly sessions$: Observable<void> = this.sessionSubject.asObservable();

  constructor(private readonly options: BridgeIframeOptions) {
    const { win, timers, settings } = options;
    this.frame = new BridgeFrame(options.host, options.bridgeUrl, win.location.origin);
    this.requests = createRequestManager(timers, settings.requestTimeoutMs);
    this.heartbeat = createHeartbeat(
      timers,
      settings.heartbeatMs,
      settings.allowedMisses,
      () => win.document.visibilityState === 'hidden',
      (id) => this.port?.postMessage(envelope.heartbeat('ping', id)),
      () => this.connectionLost('The console bridge stopped answering.'),
    );
  }

  get state(): ConnectionState {
    return this.stateSubject.value;
  }

  /** Creates the iframe and starts listening for its handshake. */
  start(): void {
    this.options.win.addEventListener('message', this.onWindowMessage);
    this.options.win.document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.frame.load();
    this.armRetry(this.options.settings.handshakeTimeoutMs);
  }

  /** Sends a request to the console through the bridge. */
  request<T extends RequestType>(type: T, params: RequestParams<T>): Promise<RequestResult<T>> {
    const status = this.state.status;
    if (status === 'console-mode-required') {
      return Promise.reject(new BridgeError('console-mode-required', 'Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.'));
    }
    if (!this.port || status !== 'connected') {
      return Promise.reject(new BridgeError('disconnected', 'The Salesforce console is not connected; omni-mfe is reconnecting.'));
    }
    return this.requests.send(this.port, type, params);
  }

  /** Removes the iframe and every listener, timer and port; pending requests fail. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.options.win.removeEventListener('message', this.onWindowMessage);
    this.options.win.document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.clearRetry();
    this.closeSession(new BridgeError('disconnected', 'omni-mfe was unmounted.'));
    this.frame.remove();
    this.stateSubject.complete();
    this.eventSubject.complete();
    this.sessionSubject.complete();
  }

  private readonly onWindowMessage = (event: MessageEvent): void => {
    if (event.origin !== this.options.consoleOrigin) return this.options.dropLog.drop('origin', `from ${event.origin}`);
    if (!this.frame.isSource(event.source)) return this.options.dropLog.drop('source', 'not the bridge iframe');
    const parsed = parseBridgeMessage(event.data);
    if (!parsed.ok) return this.options.dropLog.drop(parsed.reason, parsed.detail);
    if (parsed.message.kind !== 'hello') return this.options.dropLog.drop('unexpected', `${parsed.message.kind} on the window channel`);
    this.openSession(parsed.message);
  };

  private readonly onPortMessage = (event: MessageEvent): void => {
    const parsed = parseBridgeMessage(event.data);
    if (!parsed.ok) return this.options.dropLog.drop(parsed.reason, parsed.detail);
    const message = parsed.message;
    switch (message.kind) {
      case 'response':
        if (!this.requests.settle(message)) this.options.dropLog.drop('unexpected', `response to unknown request ${message.id}`);
        return;
      case 'event':
        this.eventSubject.next({ type: message.type, payload: message.payload } as BridgeEvent);
        return;
      case 'pong':
        if (!this.heartbeat.pong(message.id)) this.options.dropLog.drop('unexpected', `stale pong ${message.id}`);
        return;
      default:
        this.options.dropLog.drop('unexpected', `${message.kind} on the port`);
    }
  };

  private readonly onVisibilityChange = (): void => {
    if (this.options.win.document.visibilityState === 'visible') this.heartbeat.pageShown();
  };

  /** A hello opens a new session: first contact, a reloaded bridge page, or a bridge that lost us. */
  private openSession(hello: HelloMessage): void {
    this.clearRetry();
    this.closeSession(new BridgeError('disconnected', 'The console bridge restarted; the request was not confirmed.'));
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = this.onPortMessage;
    this.frame.post(envelope.welcome(), this.options.consoleOrigin, [channel.port2]);
    const consoleMode = hello.payload.consoleMode;
    this.setState(consoleMode ? 'connected' : 'console-mode-required', hello.payload.adapter, 0);
    if (!consoleMode) return;
    this.heartbeat.start();
    this.sessionSubject.next();
  }

  private connectionLost(reason: string): void {
    this.closeSession(new BridgeError('disconnected', reason));
    this.retry();
  }

  private retry(): void {
    const attempts = this.state.attempts + 1;
    const { settings } = this.options;
    this.setState(attempts > settings.attemptsBeforeFailed ? 'failed' : 'reconnecting', this.state.adapter, attempts);
    this.clearRetry();
    this.retryTimer = this.options.timers.setTimeout(() => {
      this.retryTimer = null;
      this.frame.load();
      this.armRetry(settings.handshakeTimeoutMs);
    }, backoffDelay(attempts, settings.backoffInitialMs, settings.backoffMaxMs, settings.jitter));
  }

  /** If no hello comes within `ms`, the attempt failed: try again. */
  private armRetry(ms: number): void {
    this.clearRetry();
    this.retryTimer = this.options.timers.setTimeout(() => {
      this.retryTimer = null;
      this.retry();
    }, ms);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.options.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private closeSession(error: BridgeError): void {
    this.heartbeat.stop();
    if (this.port) {
      this.port.onmessage = null;
      this.port.close();
      this.port = null;
    }
    this.requests.rejectAll(error);
  }

  private setState(status: ConnectionStatus, adapter: ConnectionState['adapter'], attempts: number): void {
    if (this.stopped) return;
    const current = this.state;
    if (current.status !== status || current.adapter !== adapter || current.attempts !== attempts) {
      this.stateSubject.next({ status, adapter, attempts });
    }
  }
}
