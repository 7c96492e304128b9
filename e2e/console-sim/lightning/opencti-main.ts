/**
 * The simulated `opencti_min.js`: what the console's origin serves at
 * /support/api/62.0/lightning/opencti_min.js and a softphone page loads. It defines
 * `window.sforce.opencti` with the Lightning message service methods Salesforce documents (Open
 * CTI for Lightning, API 47.0+): subscribe({channelName, listener, callback}),
 * unsubscribe({subscription, callback}), publish({channelName, message, callback}); callbacks get
 * `{success: true, returnValue}` or `{success: false, errors: [{code, description, details}]}`.
 * It talks to the console (its parent) by postMessage, naming the console's exact origin: the
 * origin this script was loaded from, as the real one is loaded from the org's domain.
 */
import {
  jsonCopy,
  OPENCTI_WIRE,
  type ConsoleToSoftphone,
  type OpenCtiError,
  type SoftphoneToConsole,
} from './opencti-wire';

type Callback = (result: { success: boolean; returnValue?: unknown; errors?: readonly OpenCtiError[] }) => void;
type Listener = (message: unknown) => void;

const script = document.currentScript as HTMLScriptElement | null;
if (!script?.src) throw new Error('opencti_min.js must be loaded by a <script src> from the Salesforce org.');
const consoleOrigin = new URL(script.src).origin;

const pending = new Map<number, Callback | undefined>();
const listeners = new Map<string, Listener>();
let callIds = 0;

type Call = SoftphoneToConsole extends infer M
  ? M extends SoftphoneToConsole
    ? Omit<M, 'wire' | 'callId'>
    : never
  : never;

function send(message: Call, callback: Callback | undefined): void {
  const callId = ++callIds;
  pending.set(callId, callback);
  window.parent.postMessage({ ...message, wire: OPENCTI_WIRE, callId }, consoleOrigin);
}

/** A bad argument is answered like the real library answers: through the callback, with errors. */
function refuse(callback: unknown, description: string): void {
  const errors = [{ code: 'GENERIC_ERROR', description, details: '' }];
  if (typeof callback === 'function') setTimeout(() => (callback as Callback)({ success: false, errors }), 0);
  else console.error(`sforce.opencti: ${description}`);
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent || event.origin !== consoleOrigin) return;
  const data = event.data as ConsoleToSoftphone | null;
  if (typeof data !== 'object' || data === null || data.wire !== OPENCTI_WIRE) return;
  if (data.op === 'answer') {
    if (!pending.has(data.callId)) return;
    const callback = pending.get(data.callId);
    pending.delete(data.callId);
    const { success, returnValue, errors } = data;
    callback?.(success ? { success, returnValue } : { success, errors: errors ?? [] });
  } else if (data.op === 'deliver') {
    listeners.get(data.subscriptionId)?.(data.message);
  }
});

interface SubscribeArgs {
  channelName: string;
  listener: Listener;
  callback?: Callback;
}

const opencti = {
  subscribe(args: SubscribeArgs): void {
    if (typeof args?.listener !== 'function') return refuse(args?.callback, 'subscribe needs a listener function.');
    const { listener, callback } = args;
    send({ op: 'subscribe', channelName: args.channelName }, (result) => {
      const id = (result.returnValue as { subscriptionId?: string } | null)?.subscriptionId;
      if (result.success && id) listeners.set(id, listener);
      callback?.(result);
    });
  },
  unsubscribe(args: { subscription: unknown; callback?: Callback }): void {
    const id = (args?.subscription as { subscriptionId?: unknown } | null)?.subscriptionId;
    if (typeof id === 'string') listeners.delete(id);
    send({ op: 'unsubscribe', subscription: jsonCopy(args?.subscription) ?? null }, args?.callback);
  },
  publish(args: { channelName: string; message: unknown; callback?: Callback }): void {
    const message = jsonCopy(args?.message);
    if (message === undefined) return refuse(args?.callback, 'publish needs a message that is plain JSON.');
    send({ op: 'publish', channelName: args.channelName, message }, args.callback);
  },
};

// The softphone's global, as the real script's: `sforce.opencti` beside anything else under `sforce`.
const host = window as unknown as { sforce?: Record<string, unknown> };
host.sforce = { ...host.sforce, opencti };
