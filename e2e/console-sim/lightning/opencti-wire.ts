/**
 * What the simulated `opencti_min.js` (in the softphone frame) and the simulated console page
 * say to each other by postMessage. Salesforce's own wire format is not public; only the
 * `sforce.opencti` functions that the softphone calls are Salesforce's (opencti-main.ts).
 */
export const OPENCTI_WIRE = 'sim-opencti';

/** The message channel the org holds (salesforce/force-app/.../dcOmniBridge.messageChannel). */
export const ORG_CHANNELS: readonly string[] = ['dcOmniBridge__c'];

export interface OpenCtiError {
  readonly code: string;
  readonly description: string;
  readonly details: string;
}

/** The subscription handed to the softphone: opaque to it, given back to unsubscribe. */
export interface SimSubscription {
  readonly subscriptionId: string;
  readonly channelName: string;
}

export type SoftphoneToConsole =
  | {
      readonly wire: typeof OPENCTI_WIRE;
      readonly op: 'subscribe';
      readonly callId: number;
      readonly channelName: unknown;
    }
  | {
      readonly wire: typeof OPENCTI_WIRE;
      readonly op: 'unsubscribe';
      readonly callId: number;
      readonly subscription: unknown;
    }
  | {
      readonly wire: typeof OPENCTI_WIRE;
      readonly op: 'publish';
      readonly callId: number;
      readonly channelName: unknown;
      readonly message: unknown;
    };

export type ConsoleToSoftphone =
  | {
      readonly wire: typeof OPENCTI_WIRE;
      readonly op: 'answer';
      readonly callId: number;
      readonly success: boolean;
      readonly returnValue?: unknown;
      readonly errors?: readonly OpenCtiError[];
    }
  | {
      readonly wire: typeof OPENCTI_WIRE;
      readonly op: 'deliver';
      readonly subscriptionId: string;
      readonly message: unknown;
    };

/** A copy that is plain JSON, as the message service carries; undefined when `value` is not serialisable. */
export function jsonCopy(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
