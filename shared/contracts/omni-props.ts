import type { DcSession } from '../dc-state/dc-session';
import type { DcStateKind, NotReadyReason } from '../dc-state/dc-state';
import type { Subscribable } from './subscribable';

/**
 * The version of the shell → omni-mfe custom-props contract. Additive, optional fields keep the
 * version; anything a mounted omni-mfe of this version could misread bumps it.
 */
export const OMNI_PROPS_CONTRACT_VERSION = 1;

/** Where the console bridge page lives and which origin its messages must come from. */
export interface ConsoleBridgeConfig {
  /** The bridge page, served from the console's origin (e.g. `https://acme.my.salesforce.com/apex/dcOmniBridge`). */
  readonly url: string;
  /** The exact origin every bridge message must come from, e.g. `https://acme.my.salesforce.com`. */
  readonly consoleOrigin: string;
}

/** What a DC shell passes to omni-mfe as single-spa custom props. */
export interface OmniMfeProps {
  readonly contractVersion: typeof OMNI_PROPS_CONTRACT_VERSION;
  /** Emits the current DC session on subscribe and on every change. */
  readonly dcSession$: Subscribable<DcSession>;
  /**
   * Asks the shell to change the agent's DC state; `reason` is a Not Ready reason code.
   * Resolves once the shell has applied it, rejects with an Error saying why it could not.
   */
  readonly setDcState: (state: DcStateKind, reason?: string) => Promise<void>;
  readonly bridge: ConsoleBridgeConfig;
  /** The Not Ready reasons the shell offers, so omni-mfe can name DC states as the header does. */
  readonly notReadyReasons: readonly NotReadyReason[];
  /**
   * The Omni-Channel Mappings (shared/mapping/omni-mapping.ts), as the shell loaded them.
   * omni-mfe checks them; when they are missing or invalid, presence sync stays off and says why.
   */
  readonly omniMapping?: unknown;
  /**
   * The decline reason codes (shared/contracts/decline-reasons.ts): `{ required, codes: [{ id, label }] }`.
   * Missing or invalid, Decline is unavailable and the panel says why; the rest keeps working.
   */
  readonly declineReasons?: unknown;
  /**
   * The agent's language as a BCP 47 code (`en`, `de`), which the shell chose omni-mfe's build by.
   * omni-mfe speaks and formats in the language it was built for; this tells it what the agent asked.
   */
  readonly locale?: string;
}
