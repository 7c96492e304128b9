import { DropLog } from '@shared/bridge/drop-log';
import { envelope, type BridgeMessage, type HelloMessage, type RequestMessage } from '@shared/bridge/envelope';
import { lms, parseLmsMessage } from '@shared/bridge/message-service';
import type { OpenCtiMessageService } from '@shared/contracts/open-cti';
import type { LinkSettings } from '../console-transport';
import { createLinkCore, type LinkTransport } from '../link-core';
import type { RequestPort } from '../request-manager';
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
export type OpenCtiTransport = LinkTransport;

/**
 * The Lightning console's transport: the bridge protocol over Lightning Message Service through
 * Open CTI, to the relay in the utility bar (shared/bridge/message-service.ts has the wire format
 * and the handshake). Each handshake has a fresh session id; only the current session's messages
 * are acted on, everything else on the channel is dropped and counted (our own messages, which
 * the channel hands back, are counted apart and never logged). A relay that (re)starts announces
 * itself and is welcomed at once; one that does not answer, or stops answering, is retried with
 * backoff (the link core), and each new session emits on `sessions$` so that the console is read again.
 */
export function createOpenCtiTransport(options: OpenCtiTransportOptions): OpenCtiTransport {
  const { timers, settings, dropLog, channelName } = options;
  const ownMessages = new DropLog('omni-mfe open cti', () => undefined);
  const sessionPrefix = `dc-${Math.random().toString(36).slice(2, 10)}`;
  let sessionCount = 0;
  /** The session of the welcome we wait an answer for, and the session we are in. */
  let offered: string | null = null;
  let session: string | null = null;
  let subscribed = false;
  let publishProblem: string | undefined;

  const channel = createLmsChannel(options.service, channelName, timers, settings, (problem) => {
    publishProblem = problem ?? undefined;
    core.showStatus();
  });
  const send = (message: BridgeMessage, wanted: (s: string) => boolean): void => {
    const s = session;
    if (s !== null) channel.publish(lms.wrap('relay', s, message), () => session === s && wanted(s));
  };
  const requestPort: RequestPort = {
    postMessage: (request: RequestMessage) => send(request, () => core.isPending(request.id)),
  };
  const noAnswer =
    `No answer came from the Omni-Channel relay in the Salesforce utility bar (message channel ${channelName}): ` +
    "check that the Lightning app's utility bar holds the Omni-Channel relay.";

  const core = createLinkCore({
    doc: options.doc,
    settings,
    timers,
    dropLog,
    consoleModeRequired: 'Omni-Channel works in console mode only: open Desktop Connect in a Lightning console app.',
    port: () => (session === null ? null : requestPort),
    // A ping that could not be published counts as a missed beat; it is not sent again.
    ping: (id) => send(envelope.heartbeat('ping', id), () => false),
    lost: () => {
      const why = 'The Omni-Channel relay in the Salesforce utility bar stopped answering.';
      core.closeSession(why);
      retry(why);
    },
    endSession: () => (session = null),
    /** Subscribes to the message channel, then offers the relay a session. */
    connect: subscribe,
    reconnect: () => (subscribed ? offerSession() : subscribe()),
    release: channel.close,
    degraded: () => publishProblem,
  });

  function receive(data: unknown): void {
    if (core.stopped) return;
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
    if (!core.receive(message)) dropLog.drop('unexpected', `${message.kind} for the softphone`);
  }

  function subscribe(): void {
    core.armRetry(() => retry(`Open CTI did not confirm the subscription to the message channel ${channelName}.`));
    channel.subscribe(receive, (problem) => {
      if (core.stopped) return;
      if (problem !== null) return retry(`${problem}.`);
      subscribed = true;
      offerSession();
    });
  }

  /** Publishes a welcome with a fresh session id; the relay answers with a hello in that session. */
  function offerSession(): void {
    const s = `${sessionPrefix}-${++sessionCount}`;
    offered = s;
    channel.publish(lms.welcome(s), () => offered === s);
    core.armRetry(() => retry(noAnswer));
  }

  function openSession(s: string, hello: HelloMessage): void {
    core.closeSession('The Omni-Channel relay restarted; the request was not confirmed.');
    offered = null;
    session = s;
    core.opened(hello);
  }

  function relayRestarted(): void {
    if (session !== null) {
      core.closeSession('The Omni-Channel relay restarted; the request was not confirmed.');
      core.showStatus('reconnecting');
    }
    offerSession();
  }

  function retry(why: string): void {
    offered = null;
    core.retry(() => why);
  }

  return core.transport;
}
