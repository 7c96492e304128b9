import type { BridgeIframeProblem, ProblemWords } from '../link-problem';

/** What to do outside console mode, in the Classic console's words (also why requests fail then). */
export const consoleModeRequired = (): string =>
  $localize`:console connection:Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.`;

/**
 * Why the handshake with the bridge page fails, for the integrator who set it up: what was seen,
 * and what to check, instead of the status. Short enough for the panel; docs/SHELL-INTEGRATION.md
 * ("Every gate a handshake passes through") says more for each.
 */
export const BRIDGE_IFRAME_WORDS: ProblemWords<BridgeIframeProblem> = {
  'no-answer': ({ bridgeUrl }) =>
    $localize`:console connection, handshake diagnosis:No answer from the console bridge page at ${bridgeUrl}:url:. A wrong URL and a frame blocked by CSP look alike: check the URL, this page's frame-src and the bridge page's frame-ancestors. Still retrying…`,
  'wrong-origin': ({ seen, expected }) =>
    $localize`:console connection, handshake diagnosis:The console bridge answered from ${seen}:seen:, not from the console origin ${expected}:expected:: correct the console origin or the bridge URL. Still retrying…`,
  refused: ({ dcOrigin }) =>
    $localize`:console connection, handshake diagnosis:The console bridge refused this Desktop Connect origin (${dcOrigin}:origin:): add it to the bridge page's allowed origins. Still retrying…`,
  'console-mode-required': consoleModeRequired,
};
