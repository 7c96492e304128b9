import { DropLog } from '@shared/protocol/drop-log';
import type { HeartbeatMessage, HelloMessage, RequestMessage } from '@shared/protocol/envelope';
import { lms, parseLmsMessage, type LmsMessage } from '@shared/protocol/message-service';
import type { OpenCtiProblem } from '../link-problem';
import type { LinkSession } from '../link-session';
import type { LinkState } from '../link-state';
import type { LmsChannel } from './lms-channel';

/**
 * How a session with the relay in the utility bar opens over the message channel: subscribe,
 * offer a session (a welcome with a fresh id), adopt the one the relay's hello answers, and
 * start over with backoff when an attempt fails. A relay that (re)starts announces itself
 * (a hello without a session) and is offered a session at once.
 */
export interface RelayHandshake {
  /** Subscribes to the channel, then offers the relay a session. */
  start(): void;
  /** Ends the current session: its requests fail with `why`. */
  end(why: string): void;
  /** The attempt (or the session) failed: shows why, and tries again after the backoff. */
  retry(problem: OpenCtiProblem): void;
}

const RESTARTED = 'The Omni-Channel relay restarted; the request was not confirmed.';

// Our own messages, which the channel hands back too, are counted apart and never logged.
const ownMessages = new DropLog('omni-mfe open cti', () => undefined);

/** A message on the channel for the softphone, or null (dropped and counted: garbled, foreign, our own). */
function readLms(data: unknown, dropLog: DropLog): LmsMessage | null {
  const parsed = parseLmsMessage(data, 'softphone');
  if (parsed.ok) return parsed.message;
  (parsed.reason === 'recipient' ? ownMessages : dropLog).drop(parsed.reason, parsed.detail);
  return null;
}

/**
 * What a message for the softphone is to the handshake, given the session of the welcome we wait
 * an answer for (`offered`) and the one we are in (`current`): the current session's; the answer
 * to our offer, whose session becomes ours; a relay that (re)started (a hello without a session),
 * which has lost whatever session we had and is offered one at once; or why it is dropped.
 */
function hear({ session: s, envelope: { kind } }: LmsMessage, offered: string | null, current: string | null) {
  if (kind !== 'hello') return s === current ? 'session' : `${kind} of session ${s}, not the current one`;
  if (s === null) return 'restarted';
  return s === offered ? 'answered' : `hello of session ${s}, not the one offered`;
}

/**
 * The port of the relay's session `s`: what the link session sends goes out in `s`. A refused
 * request is published again while `s` is the session and the request is awaited; a ping never.
 */
const sessionPort = (channel: LmsChannel, s: string, inSession: () => boolean, session: LinkSession) => ({
  postMessage: (m: RequestMessage | HeartbeatMessage) =>
    channel.publish(lms.wrap('relay', s, m), () => inSession() && m.kind === 'request' && session.isPending(m.id)),
});

/** Fresh session ids: a random prefix for this softphone, then a count. */
function sessionIds(): () => string {
  const prefix = `dc-${Math.random().toString(36).slice(2, 10)}`;
  let count = 0;
  return () => `${prefix}-${++count}`;
}

/** What the handshake works with: the channel, the link's state and session, and what it drops. */
export interface RelayHandshakeParts {
  readonly channel: LmsChannel;
  readonly channelName: string;
  readonly link: LinkState;
  readonly session: LinkSession;
  readonly dropLog: DropLog;
}

export function createRelayHandshake(parts: RelayHandshakeParts): RelayHandshake {
  const { channel, channelName, link, session, dropLog } = parts;
  const nextId = sessionIds();
  let offered: string | null = null;
  let current: string | null = null;
  const end = (why: string): void => {
    session.end(why);
    current = null;
  };
  const offer = (): void => {
    const s = (offered = nextId());
    channel.publish(lms.welcome(s), () => offered === s);
    link.awaitHello(() => retry({ kind: 'relay-no-answer', channel: channelName }));
  };
  const subscribe = (): void => {
    link.awaitHello(() => retry({ kind: 'subscribe-unconfirmed', channel: channelName }));
    channel.subscribe(receive, (errors) =>
      errors === null ? offer() : retry({ kind: 'subscribe-refused', channel: channelName, errors }),
    );
  };
  const retry = (problem: OpenCtiProblem): void => {
    offered = null;
    link.failed(problem, () => (channel.subscribed ? offer() : subscribe()));
  };
  const adopt = (s: string, hello: HelloMessage): void => {
    end(RESTARTED);
    [offered, current] = [null, s];
    const port = sessionPort(channel, s, () => current === s, session);
    session.open(hello, { kind: 'console-navigation-required' }, port);
  };
  const restarted = (lost: boolean): void => {
    if (lost) end(RESTARTED);
    if (lost) link.show('reconnecting');
    offer();
  };
  function receive(data: unknown): void {
    const message = readLms(data, dropLog);
    if (!message) return;
    const heard = hear(message, offered, current);
    if (heard === 'session') session.receive(message.envelope);
    else if (heard === 'answered') adopt(message.session as string, message.envelope as HelloMessage);
    else if (heard !== 'restarted') dropLog.drop('session', heard);
    else if (channel.subscribed) restarted(current !== null);
  }
  return { start: subscribe, end, retry };
}
