import * as v from 'valibot';
import { EVENT_SCHEMAS, type OmniEvent, type EventType } from './events.schema';
import { bridgeErrorSchema, REQUEST_SCHEMAS, type LinkErrorCode, type RequestType } from './requests.schema';
import { idSchema } from './console-data.schema';

/** Every message between omni-mfe and the bridge page is an envelope of this protocol. */
export const BRIDGE_PROTO = 'dc-omni-bridge';
export const BRIDGE_PROTOCOL_VERSION = 1;

export const ADAPTERS = ['salesforce-classic', 'salesforce-lightning', 'simulator'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

interface Base {
  readonly proto: typeof BRIDGE_PROTO;
  readonly v: typeof BRIDGE_PROTOCOL_VERSION;
}
/** The bridge announces itself to its parent window; sent by window.postMessage, like `welcome` and `refused`. */
export interface HelloMessage extends Base {
  readonly kind: 'hello';
  readonly type: 'hello';
  readonly payload: { readonly adapter: AdapterName; readonly consoleMode: boolean };
}
/** The MFE's answer to `hello`; it carries the MessagePort all further traffic uses. */
export interface WelcomeMessage extends Base {
  readonly kind: 'welcome';
  readonly type: 'welcome';
  readonly payload: Record<string, never>;
}
/**
 * The bridge page's answer to a Desktop Connect origin it does not allow, sent instead of `hello`
 * and only to the parent's own origin (omni-mfe/console-side/refusal.ts): it tells that origin that it
 * is not allowed, and nothing else (not which origins are).
 */
export interface RefusedMessage extends Base {
  readonly kind: 'refused';
  readonly type: 'refused';
  readonly payload: { readonly reason: 'dc-origin-not-allowed' };
}
export interface RequestMessage<T extends RequestType = RequestType> extends Base {
  readonly kind: 'request';
  readonly id: string;
  readonly type: T;
  readonly payload: unknown;
}
export type ResponsePayload =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly error: { readonly code: LinkErrorCode; readonly message: string } };
export interface ResponseMessage extends Base {
  readonly kind: 'response';
  readonly id: string;
  readonly type: RequestType;
  readonly payload: ResponsePayload;
}
export type EventMessage = Base & { readonly kind: 'event' } & OmniEvent;
export interface HeartbeatMessage extends Base {
  readonly kind: 'ping' | 'pong';
  readonly id: string;
  readonly type: 'ping' | 'pong';
  readonly payload: Record<string, never>;
}
export type ProtocolMessage =
  HelloMessage | WelcomeMessage | RefusedMessage | RequestMessage | ResponseMessage | EventMessage | HeartbeatMessage;

const baseSchema = v.object({
  proto: v.literal(BRIDGE_PROTO),
  v: v.number(),
  kind: v.picklist(['hello', 'welcome', 'refused', 'request', 'response', 'event', 'ping', 'pong']),
  id: v.optional(idSchema),
  type: v.pipe(v.string(), v.maxLength(64)),
  payload: v.unknown(),
});

const helloPayload = v.object({ adapter: v.picklist(ADAPTERS), consoleMode: v.boolean() });
const refusedPayload = v.object({ reason: v.literal('dc-origin-not-allowed') });
const responsePayload = v.variant('ok', [
  v.object({ ok: v.literal(true), result: v.unknown() }),
  v.object({ ok: v.literal(false), error: bridgeErrorSchema }),
]);
const emptyPayload = v.object({});

/**
 * Why a message was dropped; counted, never acted on. `recipient` and `session` are the message
 * service's (shared/protocol/message-service.ts): addressed to the other end, or of a handshake
 * that is not the current one.
 */
export type DropReason =
  'origin' | 'source' | 'not-envelope' | 'version' | 'schema' | 'unexpected' | 'recipient' | 'session';

export type ParseResult =
  | { readonly ok: true; readonly message: ProtocolMessage }
  | { readonly ok: false; readonly reason: DropReason; readonly detail: string };

/**
 * Checks anything that arrived by postMessage. Never throws: hostile input (getters that throw,
 * deep nesting, odd prototypes) is a drop, like any other invalid message.
 */
export function parseProtocolMessage(data: unknown): ParseResult {
  try {
    return parse(data);
  } catch (err) {
    return { ok: false, reason: 'not-envelope', detail: `unreadable message (${(err as Error)?.message ?? 'error'})` };
  }
}

function parse(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null || (data as { proto?: unknown }).proto !== BRIDGE_PROTO) {
    return { ok: false, reason: 'not-envelope', detail: 'not a dc-omni-bridge envelope' };
  }
  const base = v.safeParse(baseSchema, data);
  if (!base.success) return { ok: false, reason: 'schema', detail: describe(base.issues) };
  const env = base.output;
  if (env.v !== BRIDGE_PROTOCOL_VERSION)
    return { ok: false, reason: 'version', detail: `protocol version ${env.v}, expected ${BRIDGE_PROTOCOL_VERSION}` };
  const needsId = env.kind === 'request' || env.kind === 'response' || env.kind === 'ping' || env.kind === 'pong';
  if (needsId && env.id === undefined) return { ok: false, reason: 'schema', detail: `${env.kind} without id` };
  const payloadSchema = payloadSchemaFor(env.kind, env.type);
  if (!payloadSchema) return { ok: false, reason: 'schema', detail: `unknown ${env.kind} type "${env.type}"` };
  const payload = v.safeParse(payloadSchema, env.payload);
  if (!payload.success)
    return { ok: false, reason: 'schema', detail: `${env.kind} ${env.type}: ${describe(payload.issues)}` };
  return { ok: true, message: { ...env, payload: payload.output } as ProtocolMessage };
}

function payloadSchemaFor(kind: string, type: string): v.GenericSchema | undefined {
  switch (kind) {
    case 'hello':
      return type === 'hello' ? helloPayload : undefined;
    case 'refused':
      return type === 'refused' ? refusedPayload : undefined;
    case 'welcome':
    case 'ping':
    case 'pong':
      return type === kind ? emptyPayload : undefined;
    case 'request':
      return Object.hasOwn(REQUEST_SCHEMAS, type) ? REQUEST_SCHEMAS[type as RequestType].params : undefined;
    case 'response':
      return Object.hasOwn(REQUEST_SCHEMAS, type) ? responsePayload : undefined;
    case 'event':
      return Object.hasOwn(EVENT_SCHEMAS, type) ? EVENT_SCHEMAS[type as EventType] : undefined;
    default:
      return undefined;
  }
}

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`)
    .join('; ')
    .slice(0, 300);
}

/** Builds envelopes, so no sender spells the protocol by hand. */
export const envelope = {
  hello: (adapter: AdapterName, consoleMode: boolean): HelloMessage => ({
    proto: BRIDGE_PROTO,
    v: BRIDGE_PROTOCOL_VERSION,
    kind: 'hello',
    type: 'hello',
    payload: { adapter, consoleMode },
  }),
  welcome: (): WelcomeMessage => ({
    proto: BRIDGE_PROTO,
    v: BRIDGE_PROTOCOL_VERSION,
    kind: 'welcome',
    type: 'welcome',
    payload: {},
  }),
  refused: (): RefusedMessage => ({
    proto: BRIDGE_PROTO,
    v: BRIDGE_PROTOCOL_VERSION,
    kind: 'refused',
    type: 'refused',
    payload: { reason: 'dc-origin-not-allowed' },
  }),
  request: <T extends RequestType>(id: string, type: T, payload: unknown): RequestMessage<T> => ({
    proto: BRIDGE_PROTO,
    v: BRIDGE_PROTOCOL_VERSION,
    kind: 'request',
    id,
    type,
    payload,
  }),
  response: (id: string, type: RequestType, payload: ResponsePayload): ResponseMessage => ({
    proto: BRIDGE_PROTO,
    v: BRIDGE_PROTOCOL_VERSION,
    kind: 'response',
    id,
    type,
    payload,
  }),
  event: (event: OmniEvent): EventMessage => ({
    proto: BRIDGE_PROTO,
    v: BRIDGE_PROTOCOL_VERSION,
    kind: 'event',
    ...event,
  }),
  heartbeat: (kind: 'ping' | 'pong', id: string): HeartbeatMessage => ({
    proto: BRIDGE_PROTO,
    v: BRIDGE_PROTOCOL_VERSION,
    kind,
    id,
    type: kind,
    payload: {},
  }),
};
