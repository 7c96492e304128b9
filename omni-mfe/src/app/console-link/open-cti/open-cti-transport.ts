import type { DropLog } from '@shared/protocol/drop-log';
import type { ConsoleTransport } from '../console-transport';
import { createLinkSession } from '../link-session';
import type { LinkSettings } from '../link-settings';
import { createLinkState } from '../link-state';
import type { Timers } from '../timers';
import { createLmsChannel, type LmsChannelOptions } from './lms-channel';
import { consoleNavigationRequired } from './open-cti-words';
import { createRelayHandshake } from './relay-handshake';

export interface OpenCtiTransportOptions extends LmsChannelOptions {
  readonly doc: Document;
  readonly settings: LinkSettings;
  readonly timers: Timers;
  readonly dropLog: DropLog;
}

/**
 * The Lightning console's transport: the console protocol over Lightning Message Service through
 * Open CTI, to the relay in the utility bar (shared/protocol/message-service.ts has the wire format,
 * relay-handshake.ts how a session opens). Only the current session's messages are acted on;
 * a relay that does not answer, or stops answering, is retried with backoff, and each new
 * session emits on `sessions$` so that the console is read again.
 */
export function createOpenCtiTransport(options: OpenCtiTransportOptions): ConsoleTransport {
  const channel = options.channelName;
  const link = createLinkState(options.settings, options.timers);
  // While Open CTI refuses publishes the link says so; they are retried meanwhile.
  const lmsChannel = createLmsChannel(options, (errors) =>
    link.degraded(errors === null ? undefined : { kind: 'publish-refused', channel, errors }),
  );
  const session = createLinkSession(options.doc, options, link, () => {
    handshake.end('The Omni-Channel relay in the Salesforce utility bar stopped answering.');
    handshake.retry({ kind: 'relay-silent' });
  });
  const handshake = createRelayHandshake({ ...options, channel: lmsChannel, link, session });
  return {
    state$: link.state$,
    events$: session.events$,
    sessions$: session.sessions$,
    start: handshake.start,
    request: (type, params) => session.request(consoleNavigationRequired, type, params),
    stop: () => {
      lmsChannel.close();
      link.stop();
      session.stop();
    },
  };
}
