import type { DropLog } from '@shared/protocol/drop-log';
import { parseProtocolMessage } from '@shared/protocol/envelope';
import type { ConsoleTransport } from '../console-transport';
import { createLinkSession, type LinkSession } from '../link-session';
import type { LinkSettings } from '../link-settings';
import { createLinkState } from '../link-state';
import type { Timers } from '../timers';
import { createBridgeFrame } from './bridge-frame';
import { consoleModeRequired } from './bridge-iframe-words';
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

/**
 * What a message on the window says of the handshake: a hello from our iframe in the console
 * origin, the answer of an attempt that failed (another origin, a refusal), or nothing (dropped
 * and counted: another window, another protocol, another kind).
 */
function readWindowMessage(event: MessageEvent, fromFrame: boolean, consoleOrigin: string, dropLog: DropLog) {
  if (event.origin !== consoleOrigin) {
    dropLog.drop('origin', `from ${event.origin} (expected ${consoleOrigin})`);
    // Our own iframe answering from elsewhere: a bridge URL off the console origin, or a redirect.
    return fromFrame ? ({ kind: 'wrong-origin', origin: event.origin } satisfies FailedAnswer) : null;
  }
  if (!fromFrame) {
    dropLog.drop('source', 'not the bridge iframe');
    return null;
  }
  const parsed = parseProtocolMessage(event.data);
  if (parsed.ok && (parsed.message.kind === 'hello' || parsed.message.kind === 'refused')) return parsed.message;
  if (parsed.ok) dropLog.drop('unexpected', `${parsed.message.kind} on the window channel`);
  else dropLog.drop(parsed.reason, parsed.detail);
  return null;
}

/** The port's messages, checked, to the session; the rest dropped and counted. */
const portListener = (session: LinkSession, dropLog: DropLog) => (data: unknown) => {
  const parsed = parseProtocolMessage(data);
  if (parsed.ok) session.receive(parsed.message);
  else dropLog.drop(parsed.reason, parsed.detail);
};

/**
 * The Classic console's transport: a hidden bridge iframe in the console's (or Visualforce)
 * origin. It accepts the bridge's `hello` only from that origin and that iframe's window, moves
 * to a private MessagePort, and heals itself (heartbeat, reconnect with backoff). Each new
 * session emits on `sessions$` so that the console's truth is read again and nothing missed
 * while away is lost.
 */
export function createBridgeIframeTransport(options: BridgeIframeOptions): ConsoleTransport {
  const { win, dropLog, consoleOrigin } = options;
  const dcOrigin = win.location.origin;
  const frame = createBridgeFrame(options.host, options.bridgeUrl, dcOrigin);
  const diagnosis = createHandshakeDiagnosis({ ...options, dcOrigin, ...options.settings });
  const link = createLinkState(options.settings, options.timers);
  const session = createLinkSession(win.document, options, link, () => {
    session.end('The console bridge stopped answering.');
    retry();
  });
  const onWindowMessage = (event: MessageEvent): void => {
    const answer = readWindowMessage(event, frame.isSource(event.source), consoleOrigin, dropLog);
    // An answer other than a hello fails the attempt at once: no need to wait for its timeout.
    if (answer?.kind !== 'hello') return void (answer && diagnosis.answered(answer) && retry());
    // A hello opens a new session: first contact, a reloaded bridge page, or a bridge that lost us.
    diagnosis.connected();
    session.end('The console bridge restarted; the request was not confirmed.');
    const port = frame.welcome(consoleOrigin, portListener(session, dropLog));
    session.open(answer, { kind: 'console-mode-required' }, port);
  };
  const retry = (): void => link.failed(diagnosis.failed(link.value.attempts + 1), load);
  /** Starts an attempt: a fresh bridge page, which has `handshakeTimeoutMs` to say hello. */
  function load(): void {
    diagnosis.attemptStarted();
    frame.load();
    link.awaitHello(retry);
  }
  return {
    state$: link.state$,
    events$: session.events$,
    sessions$: session.sessions$,
    start: () => {
      win.addEventListener('message', onWindowMessage);
      load();
    },
    request: (type, params) => session.request(consoleModeRequired, type, params),
    stop: () => {
      win.removeEventListener('message', onWindowMessage);
      link.stop();
      session.stop();
      frame.remove();
    },
  };
}
