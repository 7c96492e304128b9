import * as v from 'valibot';
import {
  agentWorkSchema,
  flagMessageSchema,
  idSchema,
  presenceStatusSchema,
  textSchema,
  workloadSchema,
} from './console-data.schema';

const none = v.object({});
const workRef = v.object({ workId: idSchema });

/**
 * Every request the MFE may make of the console, with the schema of its parameters and of its
 * result. The bridge checks parameters; the MFE checks results.
 */
export const REQUEST_SCHEMAS = {
  logout: { params: none, result: none },
  setPresence: { params: v.object({ statusId: idSchema }), result: presenceStatusSchema },
  getPresence: { params: none, result: v.object({ loggedIn: v.boolean(), status: v.nullable(presenceStatusSchema) }) },
  getStatuses: {
    params: none,
    result: v.object({ statuses: v.pipe(v.array(presenceStatusSchema), v.maxLength(200)) }),
  },
  getAgentWorks: { params: none, result: v.object({ works: v.pipe(v.array(agentWorkSchema), v.maxLength(1000)) }) },
  acceptWork: { params: workRef, result: none },
  // A reason, when given, is a reason code: never empty (the org may require one; omni-mfe checks).
  declineWork: {
    params: v.object({ workId: idSchema, reason: v.optional(v.pipe(textSchema, v.nonEmpty())) }),
    result: none,
  },
  closeWork: { params: workRef, result: none },
  getWorkload: { params: none, result: workloadSchema },
  openRecord: { params: v.object({ workItemId: idSchema }), result: none },
  /**
   * Lightning only (raiseAgentWorkFlag / lowerAgentWorkFlag): asks a supervisor for help on a work
   * item. Added to protocol version 1 without a bump (an additive request): a console-side program
   * that predates it drops it as a schema error, and the request times out like any unanswered one.
   */
  raiseFlag: { params: v.object({ workId: idSchema, message: flagMessageSchema }), result: none },
  lowerFlag: { params: workRef, result: none },
} as const;

export type RequestType = keyof typeof REQUEST_SCHEMAS;
export type RequestParams<T extends RequestType> = v.InferOutput<(typeof REQUEST_SCHEMAS)[T]['params']>;
export type RequestResult<T extends RequestType> = v.InferOutput<(typeof REQUEST_SCHEMAS)[T]['result']>;
// Pure: a module-level call the minifier cannot prove harmless stays in omni-mfe's bundle even unused.
export const REQUEST_TYPES = /* @__PURE__ */ Object.keys(REQUEST_SCHEMAS) as RequestType[];

/** Why a request failed. `console` errors come from the toolkit; the others from the bridge path. */
export const BRIDGE_ERROR_CODES = [
  'timeout',
  'disconnected',
  'console',
  'console-mode-required',
  'bad-request',
  'invalid-response',
] as const;
export type LinkErrorCode = (typeof BRIDGE_ERROR_CODES)[number];
export const bridgeErrorSchema = v.object({ code: v.picklist(BRIDGE_ERROR_CODES), message: textSchema });
