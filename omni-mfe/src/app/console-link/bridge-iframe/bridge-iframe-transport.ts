import { DropLog } from '@shared/bridge/drop-log';
import { envelope, parseBridgeMessage, type HelloMessage } from '@shared/bridge/envelope';
import type { LinkSettings } from '../console-transport';
import { createLinkCore, type LinkTransport } from '../link-core';
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
export type BridgeIframeTransport = LinkTransport;

/**
 * The Classic console's transport: a hidden bridge iframe in the console's (or Visualforce)
 * origin. It accepts the bridge's `hello` only from that origin and that iframe's window, moves
 * to a private MessagePort, and heals itself (heartbeat, reconnect with backoff: the link core).
 * Each new session emits on `sessions$` so that the console's truth is read again and nothing
 * missed while away is lost.
 *
 * A closure rather than a class: its state lives in local variables, which the minifier
 * shortens, where a class's fields and methods keep their full names in the initial bundle.
 */
export function createBridgeIframeTransport(options: BridgeIframeOptions): BridgeIframeTransport {
  const { win, dropLog, consoleOrigin } = options;
  const dcOrigin = win.location.origin;
  const frame = createBridgeFrame(options.host, options.bridgeUrl, dcOrigin);
  const diagnosis = createHandshakeDiagnosis({
    bridgeUrl: options.bridgeUrl,
    consoleOrigin,
    dcOrigin,
    attemptsBeforeDiagnosis: options.settings.attemptsBeforeDiagnosis,
  });
  let port: MessagePort | null = null;

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
    if (!core.receive(parsed.message)) dropLog.drop('unexpected', `${parsed.message.kind} on the port`);
  };

  const core = createLinkCore({
    doc: win.document,
    settings: options.settings,
    timers: options.timers,
    dropLog,
    consoleModeRequired: 'Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.',
    port: () => port,
    ping: (id) => port?.postMessage(envelope.heartbeat('ping', id)),
    lost: () => {
      core.closeSession('The console bridge stopped answering.');
      retry();
    },
    endSession: () => {
      if (!port) return;
      port.onmessage = null;
      port.close();
      port = null;
    },
    /** Creates the iframe and starts listening for its handshake. */
    connect: () => {
      win.addEventListener('message', onWindowMessage);
      load();
    },
    reconnect: load,
    release: () => {
      win.removeEventListener('message', onWindowMessage);
      frame.remove();
    },
  });

  /** A hello opens a new session: first contact, a reloaded bridge page, or a bridge that lost us. */
  function openSession(hello: HelloMessage): void {
    diagnosis.connected();
    core.closeSession('The console bridge restarted; the request was not confirmed.');
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = onPortMessage;
    frame.post(envelope.welcome(), consoleOrigin, [channel.port2]);
    core.opened(hello);
  }

  /** The bridge iframe answered this attempt, but not with a hello: it has failed, no need to wait for one. */
  function attemptFailed(answer: FailedAnswer): void {
    if (diagnosis.answered(answer)) retry();
  }

  function retry(): void {
    core.retry(diagnosis.failed);
  }

  /** Starts an attempt: a fresh bridge page, which has `handshakeTimeoutMs` to say hello. */
  function load(): void {
    diagnosis.attemptStarted();
    frame.load();
    core.armRetry(retry);
  }

  return core.transport;
}
