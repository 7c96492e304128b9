import { jsonCopy, OPENCTI_WIRE, ORG_CHANNELS, type ConsoleToSoftphone, type OpenCtiError } from './opencti-wire';

/** Why a message to the console's message service was dropped (counted; QA reads the counts). */
export type ServiceDrop = 'window' | 'origin' | 'malformed' | 'channel' | 'not-json';

export interface MessageServiceOptions {
  /** The softphone frame's window: the only one whose publishes are taken. */
  readonly softphone: () => Window | null;
  /** Its allowed Desktop Connect origins (exact). */
  readonly allowedOrigins: readonly string[];
}

interface Subscriber {
  readonly channelName: string;
  deliver(message: unknown): void;
}

/**
 * Lightning Message Service as the simulated console runs it: every subscriber of a channel gets
 * every message published on it (the publisher's own included) as a JSON copy, in a later task.
 * The softphone reaches it through `opencti_min.js` by postMessage; a message from any other
 * window, or from an origin that is not an allowed Desktop Connect origin, or that is not a
 * well-formed call, is dropped and counted, never answered. Components of the page (the relay)
 * subscribe and publish directly, as `lightning:messageChannel` does.
 */
export class SimulatedMessageService {
  readonly drops: Record<ServiceDrop, number> = { window: 0, origin: 0, malformed: 0, channel: 0, 'not-json': 0 };
  private readonly subscribers = new Map<string, Subscriber>();
  private seq = 0;
  private publishFailures: OpenCtiError[] = [];
  private readonly onMessage = (event: MessageEvent) => this.receive(event);

  constructor(private readonly options: MessageServiceOptions) {
    window.addEventListener('message', this.onMessage);
  }

  /** The next `times` publishes from the softphone fail with `error` (Open CTI's error shape). */
  failNextPublish(times: number, error: OpenCtiError): void {
    for (let i = 0; i < times; i++) this.publishFailures.push(error);
  }

  /** The softphone's subscriptions still active (a softphone that unmounts should leave none). */
  get softphoneSubscriptions(): number {
    return [...this.subscribers.keys()].filter((id) => id.startsWith('softphone-')).length;
  }

  /** A page component's subscription (lightning:messageChannel onMessage); returns its unsubscribe. */
  subscribe(channelName: string, deliver: (message: unknown) => void): () => void {
    const id = `cmp-${++this.seq}`;
    this.subscribers.set(id, { channelName, deliver });
    return () => this.subscribers.delete(id);
  }

  /** A page component's publish (lightning:messageChannel publish). */
  publish(channelName: string, message: unknown): void {
    const copy = jsonCopy(message);
    if (copy === undefined) throw new Error('The message service carries plain JSON only.');
    this.broadcast(channelName, copy);
  }

  private broadcast(channelName: string, message: unknown): void {
    for (const subscriber of [...this.subscribers.values()]) {
      if (subscriber.channelName !== channelName) continue;
      setTimeout(() => subscriber.deliver(jsonCopy(message)), 0);
    }
  }

  private receive(event: MessageEvent): void {
    const data = event.data as Record<string, unknown> | null;
    if (typeof data !== 'object' || data === null || data['wire'] !== OPENCTI_WIRE) return; // not for us
    const softphone = this.options.softphone();
    if (!softphone || event.source !== softphone) return this.drop('window');
    if (!this.options.allowedOrigins.includes(event.origin)) return this.drop('origin');
    const callId = data['callId'];
    if (typeof callId !== 'number') return this.drop('malformed');
    const answer = (reply: Omit<Extract<ConsoleToSoftphone, { op: 'answer' }>, 'wire' | 'op' | 'callId'>) =>
      this.post(softphone, event.origin, { wire: OPENCTI_WIRE, op: 'answer', callId, ...reply });
    const failure = (code: string, description: string) =>
      answer({ success: false, errors: [{ code, description, details: '' }] });
    switch (data['op']) {
      case 'subscribe': {
        const channelName = data['channelName'];
        if (typeof channelName !== 'string' || !ORG_CHANNELS.includes(channelName)) {
          this.drops.channel += 1;
          return failure('INVALID_CHANNEL', `No message channel ${String(channelName)} in this org.`);
        }
        const subscriptionId = `softphone-${++this.seq}`;
        const origin = event.origin;
        this.subscribers.set(subscriptionId, {
          channelName,
          deliver: (message) =>
            this.post(softphone, origin, { wire: OPENCTI_WIRE, op: 'deliver', subscriptionId, message }),
        });
        return answer({ success: true, returnValue: { subscriptionId, channelName } });
      }
      case 'unsubscribe': {
        const id = (data['subscription'] as { subscriptionId?: unknown } | null)?.subscriptionId;
        if (typeof id !== 'string' || !id.startsWith('softphone-') || !this.subscribers.delete(id))
          return failure('INVALID_SUBSCRIPTION', 'This subscription is not active.');
        return answer({ success: true, returnValue: null });
      }
      case 'publish': {
        const channelName = data['channelName'];
        if (typeof channelName !== 'string' || !ORG_CHANNELS.includes(channelName)) {
          this.drops.channel += 1;
          return failure('INVALID_CHANNEL', `No message channel ${String(channelName)} in this org.`);
        }
        const message = jsonCopy(data['message']);
        if (message === undefined) {
          this.drops['not-json'] += 1;
          return failure('INVALID_MESSAGE', 'A message must be plain JSON.');
        }
        const planned = this.publishFailures.shift();
        if (planned) return answer({ success: false, errors: [planned] });
        answer({ success: true, returnValue: null });
        return this.broadcast(channelName, message);
      }
      default:
        return this.drop('malformed');
    }
  }

  private drop(reason: ServiceDrop): void {
    this.drops[reason] += 1;
  }

  private post(target: Window, origin: string, message: ConsoleToSoftphone): void {
    target.postMessage(message, origin);
  }
}
