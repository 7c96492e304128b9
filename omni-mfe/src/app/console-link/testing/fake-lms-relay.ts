import { envelope, type RequestMessage } from '@shared/protocol/envelope';
import { lms, parseLmsMessage } from '@shared/protocol/message-service';
import type { OpenCtiDouble } from './open-cti-double';

/**
 * Plays the relay in the utility bar on an OpenCtiDouble's channel: answers welcomes and pings
 * while `alive`, keeps the requests for the test to answer, and can announce a restart.
 */
export class FakeLmsRelay {
  alive = true;
  consoleMode = true;
  session: string | null = null;
  readonly requests: RequestMessage[] = [];
  welcomes = 0;

  constructor(private readonly opencti: OpenCtiDouble) {
    opencti.api.subscribe({ channelName: 'dcOmniBridge__c', listener: (m) => this.receive(m) });
  }

  /** A (re)started relay: no session yet, so softphones welcome it again. */
  announce(): void {
    this.session = null;
    this.opencti.deliver(lms.announce('salesforce-lightning', this.consoleMode));
  }

  respond(request: RequestMessage, result: unknown, session = this.session): void {
    this.opencti.deliver(
      lms.wrap('softphone', session, envelope.response(request.id, request.type, { ok: true, result })),
    );
  }

  private receive(message: unknown): void {
    const parsed = parseLmsMessage(message, 'relay');
    if (!parsed.ok || !this.alive) return;
    const { session, envelope: m } = parsed.message;
    if (m.kind === 'welcome') {
      this.welcomes += 1;
      this.session = session;
      this.opencti.deliver(lms.wrap('softphone', session, envelope.hello('salesforce-lightning', this.consoleMode)));
    } else if (session !== this.session) return;
    else if (m.kind === 'ping') this.opencti.deliver(lms.wrap('softphone', session, envelope.heartbeat('pong', m.id)));
    else if (m.kind === 'request') this.requests.push(m);
  }
}
