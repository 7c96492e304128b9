import type { DcSession } from '../dc-state/dc-session';
import type { DcStateKind, NotReadyReason } from '../dc-state/dc-state';
import type { OpenCtiMessageService } from './open-cti';
import type { Subscribable } from './subscribable';

/**
 * The version of the shell → omni-mfe custom-props contract. Additive, optional fields keep the
 * version; anything a mounted omni-mfe of this version could misread bumps it.
 * Version 2: `console` (which transport, and its settings) replaces `bridge`; `locale`; the
 * checks of docs/SHELL-INTEGRATION.md (reason ids, `domElement`).
 */
export const OMNI_PROPS_CONTRACT_VERSION = 2;

/** Version 1 (`bridge` instead of `console`) is still accepted, as the bridge iframe transport, until this date. */
export const CONTRACT_V1_SUPPORTED_UNTIL = '2027-06-30';

/** Where the console bridge page lives and which origin its messages must come from (Classic). */
export interface ConsoleBridgeConfig {
  /** The bridge page, served from the console's origin (e.g. `https://acme.my.salesforce.com/apex/dcOmniBridge`). */
  readonly url: string;
  /** The exact origin every bridge message must come from, e.g. `https://acme.my.salesforce.com`. */
  readonly consoleOrigin: string;
}

/** Salesforce Classic: a hidden bridge iframe (a Visualforce page) carries the console protocol. */
export interface BridgeIframeConsoleConfig extends ConsoleBridgeConfig {
  readonly transport: 'bridge-iframe';
}

/** Lightning: Open CTI's message service carries it to the relay in the utility bar. */
export interface OpenCtiConsoleConfig {
  readonly transport: 'open-cti';
  /** The Lightning message channel the relay listens on, e.g. `dcOmniBridge__c` (namespaced when packaged). */
  readonly channelName: string;
  /** `sforce.opencti.publish`, `subscribe` and `unsubscribe`, callable as they are (bound by the shell). */
  readonly messageService: OpenCtiMessageService;
}

/** How omni-mfe reaches the Salesforce console: the shell's deployment decides, never a guess. */
export type ConsoleConfig = BridgeIframeConsoleConfig | OpenCtiConsoleConfig;

/** What a DC shell passes to omni-mfe as single-spa custom props (contract version 2). */
export interface OmniMfeProps {
  readonly contractVersion: typeof OMNI_PROPS_CONTRACT_VERSION;
  /**
   * The DC session: `subscribe(observer) → { unsubscribe() }`, emitting the current session at
   * once and then every change (an RxJS BehaviorSubject does). Logged out, it is
   * `LOGGED_OUT_SESSION` (shared/dc-state/dc-session.ts): `{ loggedIn: false, agent: null, state: { kind: 'logged-out' } }`.
   */
  readonly dcSession$: Subscribable<DcSession>;
  /**
   * Asks the shell to change the agent's DC state; `reason` is the `id` of one of `notReadyReasons`.
   * Resolves once the shell has applied it, rejects with an Error saying why it could not.
   */
  readonly setDcState: (state: DcStateKind, reason?: string) => Promise<void>;
  readonly console: ConsoleConfig;
  /**
   * The Not Ready reasons the shell offers. Their ids are the ones `setDcState` takes and the
   * Omni-Channel Mappings name (`not-ready:<id>`): one id, one reason, everywhere.
   */
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

/** Contract version 1, as shells written for it pass it: `bridge` is the Classic console's bridge iframe. */
export interface OmniMfePropsV1 extends Omit<OmniMfeProps, 'contractVersion' | 'console' | 'locale'> {
  readonly contractVersion: 1;
  readonly bridge: ConsoleBridgeConfig;
}
