/**
 * Why the link to the console keeps failing, as far as the transport can tell from inside the
 * page: data only (origins and URLs as seen); the view puts it in words an integrator can act on.
 */
export type LinkProblem =
  /** Nothing answered from the bridge page: a wrong URL and a frame blocked by CSP look alike. */
  | { readonly kind: 'no-answer'; readonly bridgeUrl: string }
  /** The bridge iframe answered, from an origin other than the configured console origin. */
  | { readonly kind: 'wrong-origin'; readonly seen: string; readonly expected: string }
  /** The bridge page said that it does not allow this Desktop Connect origin. */
  | { readonly kind: 'refused'; readonly dcOrigin: string };
