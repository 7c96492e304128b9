import type { OpenCtiProblem, ProblemWords } from '../link-problem';

/** What to do when the app is not a console app, in Lightning's words (also why requests fail then). */
export const consoleNavigationRequired = (): string =>
  $localize`:console connection, Lightning:Omni-Channel works in Lightning console apps only: open Desktop Connect in an app whose navigation style is Console Navigation.`;

/** The status, then the problem: the status stays true (reconnecting, connected), the problem says why. */
const after = (status: string, words: string): string => `${status}${/[.…]$/.test(status) ? '' : '.'} ${words}`;

/**
 * What goes wrong on the message channel and with the relay in the utility bar, after the status
 * it explains (docs/DEPLOYMENT.md says what to check when no relay answers).
 */
export const OPEN_CTI_WORDS: ProblemWords<OpenCtiProblem> = {
  'subscribe-refused': ({ channel, errors }, status) =>
    after(
      status,
      $localize`:console connection, Lightning; the errors are Open CTI's:Open CTI could not subscribe to the message channel ${channel}:channel: (${errors}:errors:).`,
    ),
  'subscribe-unconfirmed': ({ channel }, status) =>
    after(
      status,
      $localize`:console connection, Lightning:Open CTI did not confirm the subscription to the message channel ${channel}:channel:.`,
    ),
  'relay-no-answer': ({ channel }, status) =>
    after(
      status,
      $localize`:console connection, Lightning:No answer came from the Omni-Channel relay in the Salesforce utility bar (message channel ${channel}:channel:): check that the Lightning app's utility bar holds the Omni-Channel relay.`,
    ),
  'relay-silent': (_, status) =>
    after(
      status,
      $localize`:console connection, Lightning:The Omni-Channel relay in the Salesforce utility bar stopped answering.`,
    ),
  'publish-refused': ({ channel, errors }, status) =>
    after(
      status,
      $localize`:console connection, Lightning; the errors are Open CTI's:Open CTI could not publish on the message channel ${channel}:channel: (${errors}:errors:); retrying.`,
    ),
  'console-navigation-required': consoleNavigationRequired,
};
