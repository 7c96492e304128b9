import { createSelector } from '@ngrx/store';
import { BRIDGE_IFRAME_WORDS } from './bridge-iframe/bridge-iframe-words';
import type { LinkProblem, ProblemWords } from './link-problem';
import { OPEN_CTI_WORDS } from './open-cti/open-cti-words';
import { consoleLinkFeature, type ConsoleLinkState, type LinkStatus } from './state/console-link.feature';

const STATUS_TEXT: Readonly<Record<Exclude<LinkStatus, 'read-failed'>, string>> = {
  connecting: $localize`:console connection:Connecting to the Salesforce console…`,
  reading: $localize`:console connection:Reading the Salesforce console…`,
  connected: $localize`:console connection:Connected to the Salesforce console`,
  reconnecting: $localize`:console connection:Reconnecting to the Salesforce console…`,
  failed: $localize`:console connection:Cannot reach the Salesforce console; still retrying. Reload the console if this persists.`,
  // A transport says what to do in its own console's words (its problem); this is what is left without them.
  'console-mode-required': $localize`:console connection:Omni-Channel works in console mode only.`,
};

/** Each transport's words for its own problems: their kinds do not overlap, so a problem's kind picks its words. */
const WORDS = { ...BRIDGE_IFRAME_WORDS, ...OPEN_CTI_WORDS } satisfies ProblemWords<LinkProblem> as Record<
  LinkProblem['kind'],
  (problem: LinkProblem, status: string) => string
>;

const statusText = ({ status, readError, connectionError }: ConsoleLinkState): string =>
  status === 'read-failed'
    ? $localize`:console connection; the reason comes from the console:Connected, but the Salesforce console's state could not be read: ${readError}:reason: Retrying…`
    : status === 'reading' && connectionError
      ? $localize`:console connection; the problem comes from Omni-Channel:Omni-Channel reported a connection problem (${connectionError}:problem:); reading the Salesforce console again…`
      : STATUS_TEXT[status];

/** What status "Console connection" says, and whether it says that something is wrong. */
export interface ConsoleConnection {
  readonly text: string;
  readonly problem: boolean;
}

/**
 * The link in words: its status, in the words of the transport's problem when it has one (a
 * failing handshake says why instead; a degraded link says why after the status). A failed read
 * says why and that it is being retried.
 */
export const selectConsoleConnection = createSelector(
  consoleLinkFeature.selectConsoleLinkState,
  (link): ConsoleConnection => {
    const { problem } = link;
    const status = statusText(link);
    return {
      text: problem ? WORDS[problem.kind](problem, status) : status,
      problem: link.status !== 'connected' || !!problem,
    };
  },
);
