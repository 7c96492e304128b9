import { DropLog } from '@shared/protocol/drop-log';
import { envelope, type RequestMessage } from '@shared/protocol/envelope';
import { lms, parseLmsMessage, type LmsMessage } from '@shared/protocol/message-service';
import type { ConsoleAdapter } from '../adapters/console-adapter';
import { serveRequest } from '../serve-request';
import type { RelayView } from './relay-view';

/** A console adapter whose console mode is read asynchronously (Lightning's workspace API). */
export interface RelayAdapter extends ConsoleAdapter {
  refreshConsoleMode(): Promise<boolean>;
}

export interface RelayServerOptions {
  readonly adapter: RelayAdapter;
  /** Publishes on the Lightning message channel (the Aura shell's lightning:messageChannel). */
  readonly publish: (message: LmsMessage) => void;
  readonly dropLog: DropLog;
  /** What the utility item shows: the session served, the last message, the problems. */
  readonly view?: RelayView;
}

/**
 * The relay's end of the console protocol over Lightning Message Service (the counterpart of
 * BridgeServer, whose request serving it shares). It serves one softphone session at a time: a
 * welcome makes its session the current one and every other session's messages are dropped and
 * counted, as is anything malformed, of another version, or not addressed to the relay. It never
 * acts on a dropped message. See shared/protocol/message-service.ts for the wire format.
 */
export class RelayServer {
  /**
   * Messages for the softphone, the relay's own included (the channel hands every message to every
   * subscriber): counted apart and never logged, as they are the channel working, not a fault.
   */
  readonly forSoftphone = new DropLog('omni relay', () => undefined);
  private session: string | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopped = false;

  constructor(private readonly options: RelayServerOptions) {}

  /** Relays the console's events and announces the (re)started relay to any softphone. */
  async start(): Promise<void> {
    const { adapter } = this.options;
    this.unsubscribe = adapter.subscribe((event) => {
      if (this.session !== null) this.send(lms.wrap('softphone', this.session, envelope.event(event)));
    });
    const consoleMode = await adapter.refreshConsoleMode();
    // A softphone may have welcomed us meanwhile; the announcement still tells the others.
    this.send(lms.announce(adapter.name, consoleMode));
  }

  /** Everything the relay's subscription receives on the message channel, its own messages included. */
  receive(data: unknown): void {
    if (this.stopped) return;
    const parsed = parseLmsMessage(data, 'relay');
    if (!parsed.ok) {
      if (parsed.reason === 'recipient') return this.forSoftphone.drop(parsed.reason, parsed.detail);
      return this.dropped(parsed.reason, parsed.detail);
    }
    const { session, envelope: message } = parsed.message;
    // parseLmsMessage lets only a hello (never addressed to the relay) go without a session.
    if (session === null) return this.dropped('schema', `${message.kind} without a session`);
    if (message.kind === 'welcome') return void this.welcome(session);
    if (session !== this.session)
      return this.dropped('session', `${message.kind} of session ${session}, not the current one`);
    // Heartbeats would hide the last real message; the view shows requests and handshakes.
    if (message.kind === 'request') this.options.view?.handled(message.kind, message.type);
    if (message.kind === 'ping') this.send(lms.wrap('softphone', session, envelope.heartbeat('pong', message.id)));
    else if (message.kind === 'request') void this.serve(session, message);
  }

  /** Stops serving: the adapter is released and nothing more is published. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.session = null;
    this.unsubscribe?.();
    this.options.adapter.dispose();
  }

  /** A fresh handshake: its session replaces any older one at once. */
  private async welcome(session: string): Promise<void> {
    this.session = session;
    this.options.view?.softphoneConnected(session);
    this.options.view?.handled('welcome', 'welcome');
    const consoleMode = await this.options.adapter.refreshConsoleMode();
    // A newer welcome may have come while console mode was read: only the current one is answered.
    if (this.session === session)
      this.send(lms.wrap('softphone', session, envelope.hello(this.options.adapter.name, consoleMode)));
  }

  private async serve(session: string, request: RequestMessage): Promise<void> {
    const payload = await serveRequest(this.options.adapter, request);
    if (!payload.ok) this.options.view?.problem(`${request.type}: ${payload.error.message}`);
    // Answered in the request's session even if a newer one replaced it: that softphone drops it.
    this.send(lms.wrap('softphone', session, envelope.response(request.id, request.type, payload)));
  }

  private send(message: LmsMessage): void {
    if (this.stopped) return;
    try {
      this.options.publish(message);
    } catch (err) {
      console.error('omni relay: the message channel refused a message', err);
      this.options.view?.problem(`The message channel refused a message: ${String((err as Error)?.message ?? err)}`);
    }
  }

  private dropped(reason: Parameters<DropLog['drop']>[0], detail: string): void {
    this.options.dropLog.drop(reason, detail);
    this.options.view?.problem(`Dropped a message (${reason}): ${detail}`);
  }
}
