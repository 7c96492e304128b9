import * as v from 'valibot';
import { idSchema } from './console-data.schema';
import {
  envelope as bridgeEnvelope,
  parseProtocolMessage,
  type AdapterName,
  type ProtocolMessage,
  type DropReason,
  type HelloMessage,
} from './envelope';

/**
 * The console protocol carried over Lightning Message Service (Open CTI's `sforce.opencti.publish`
 * / `subscribe` on the softphone's side, `lightning:messageChannel` on the relay's). Every
 * subscriber of the channel sees every message, its own included, so each message names its
 * recipient and the handshake's session:
 *
 *   { proto: 'dc-omni-lms', to: 'relay' | 'softphone', session: <id> | null, envelope: <bridge envelope> }
 *
 * Handshake: the softphone publishes `{to: 'relay', session: S, envelope: welcome}` with a fresh S
 * per attempt; the relay adopts S as its only session (any older one is dropped) and answers
 * `{to: 'softphone', session: S, envelope: hello}`. A relay that (re)starts publishes
 * `{to: 'softphone', session: null, envelope: hello}` so that a softphone re-handshakes at once.
 * Requests, responses, events and heartbeats all carry S. Messages are plain JSON (LMS requires
 * serialisable messages), so nothing here holds a function, a port or a Date.
 */
export const LMS_PROTO = 'dc-omni-lms';

export const LMS_ENDS = ['relay', 'softphone'] as const;
export type LmsEnd = (typeof LMS_ENDS)[number];

export interface LmsMessage<E extends ProtocolMessage = ProtocolMessage> {
  readonly proto: typeof LMS_PROTO;
  readonly to: LmsEnd;
  readonly session: string | null;
  readonly envelope: E;
}

/** Which envelope kinds travel to each end; anything else is a drop. */
const KINDS_TO: Readonly<Record<LmsEnd, readonly ProtocolMessage['kind'][]>> = {
  relay: ['welcome', 'request', 'ping'],
  softphone: ['hello', 'response', 'event', 'pong'],
};

const wrapperSchema = v.object({
  proto: v.literal(LMS_PROTO),
  to: v.picklist(LMS_ENDS),
  session: v.nullable(idSchema),
  envelope: v.unknown(),
});

export type LmsParseResult =
  | { readonly ok: true; readonly message: LmsMessage }
  | { readonly ok: false; readonly reason: DropReason; readonly detail: string };

/**
 * Checks a message received on the channel by `me`. Never throws. Messages for the other end
 * (including our own, which LMS hands back to us) are `recipient` drops; a missing session where
 * one is needed, a wrong envelope kind for the direction, or any envelope fault is a drop too.
 * Whether the session is the current one is the receiver's business (it knows which is current).
 */
export function parseLmsMessage(data: unknown, me: LmsEnd): LmsParseResult {
  try {
    return parse(data, me);
  } catch (err) {
    return { ok: false, reason: 'not-envelope', detail: `unreadable message (${(err as Error)?.message ?? 'error'})` };
  }
}

function parse(data: unknown, me: LmsEnd): LmsParseResult {
  if (typeof data !== 'object' || data === null || (data as { proto?: unknown }).proto !== LMS_PROTO) {
    return { ok: false, reason: 'not-envelope', detail: `not a ${LMS_PROTO} message` };
  }
  const wrapper = v.safeParse(wrapperSchema, data);
  if (!wrapper.success)
    return {
      ok: false,
      reason: 'schema',
      detail: wrapper.issues
        .map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`)
        .join('; ')
        .slice(0, 300),
    };
  const { to, session } = wrapper.output;
  if (to !== me) return { ok: false, reason: 'recipient', detail: `addressed to the ${to}` };
  const inner = parseProtocolMessage(wrapper.output.envelope);
  if (!inner.ok) return inner;
  const kind = inner.message.kind;
  if (!KINDS_TO[me].includes(kind))
    return { ok: false, reason: 'unexpected', detail: `${kind} addressed to the ${me}` };
  // Only the relay's start-up hello may go without a session: it invites a new handshake.
  if (session === null && kind !== 'hello') return { ok: false, reason: 'schema', detail: `${kind} without a session` };
  return { ok: true, message: { proto: LMS_PROTO, to, session, envelope: inner.message } };
}

/** Builds LMS messages, so no sender spells the wire format by hand. */
export const lms = {
  wrap: <E extends ProtocolMessage>(to: LmsEnd, session: string | null, envelope: E): LmsMessage<E> => ({
    proto: LMS_PROTO,
    to,
    session,
    envelope,
  }),
  /** The relay's announcement when it (re)starts: no session yet, so every softphone re-handshakes. */
  announce: (adapter: AdapterName, consoleMode: boolean): LmsMessage<HelloMessage> =>
    lms.wrap('softphone', null, bridgeEnvelope.hello(adapter, consoleMode)),
  welcome: (session: string) => lms.wrap('relay', session, bridgeEnvelope.welcome()),
};
