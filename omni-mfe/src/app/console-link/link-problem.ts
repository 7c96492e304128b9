/**
 * Why the link to the console fails or is degraded, as far as a transport can tell from inside
 * the page: data only (origins, URLs and Open CTI's errors as seen). Each transport has its own
 * kinds and puts them in its own console's words (bridge-iframe-words.ts, open-cti-words.ts).
 */
export type LinkProblem = BridgeIframeProblem | OpenCtiProblem;

/** The Classic console's bridge iframe. */
export type BridgeIframeProblem =
  /** Nothing answered from the bridge page: a wrong URL and a frame blocked by CSP look alike. */
  | { readonly kind: 'no-answer'; readonly bridgeUrl: string }
  /** The bridge iframe answered, from an origin other than the configured console origin. */
  | { readonly kind: 'wrong-origin'; readonly seen: string; readonly expected: string }
  /** The bridge page said that it does not allow this Desktop Connect origin. */
  | { readonly kind: 'refused'; readonly dcOrigin: string }
  /** The bridge page runs outside the Service Cloud console. */
  | { readonly kind: 'console-mode-required' };

/** The Lightning console's message channel through Open CTI; `errors` is Open CTI's code and description. */
export type OpenCtiProblem =
  | { readonly kind: 'subscribe-refused'; readonly channel: string; readonly errors: string }
  | { readonly kind: 'subscribe-unconfirmed'; readonly channel: string }
  /** No relay answered a welcome: the utility bar lacks the relay, or it has not loaded. */
  | { readonly kind: 'relay-no-answer'; readonly channel: string }
  /** The relay answered, then stopped answering the heartbeat. */
  | { readonly kind: 'relay-silent' }
  /** While this lasts, what omni-mfe publishes is retried; the link itself may be up. */
  | { readonly kind: 'publish-refused'; readonly channel: string; readonly errors: string }
  /** The Lightning app's navigation style is not Console navigation. */
  | { readonly kind: 'console-navigation-required' };

/**
 * A handshake that keeps failing for a reason an integrator must fix: the console cannot be
 * reached until then (the sync health says so), where other problems may pass by themselves.
 */
export const cannotReach = (problem: LinkProblem | null): boolean =>
  problem?.kind === 'no-answer' || problem?.kind === 'wrong-origin' || problem?.kind === 'refused';

/**
 * Each kind of one transport's problems in words, given what the status alone would say: a
 * diagnosis replaces it, a degraded link's words follow it.
 */
export type ProblemWords<P extends LinkProblem> = {
  readonly [K in P['kind']]: (problem: Extract<P, { kind: K }>, status: string) => string;
};
