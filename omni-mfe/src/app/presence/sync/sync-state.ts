import type { DcState } from '@shared/dc-state/dc-state';
import type { OmniMapping } from '@shared/mapping/omni-mapping';

/** A DC state key (`ready`, `not-ready:break`, `logged-out`) or an Omni status API name (or `Offline`). */
export type DcKey = string;
export type OmniKey = string;
export type Side = 'dc' | 'omni';

/** Why a side changed, for the sync log support reads. */
export type SyncCause = 'agent' | 'console' | 'sync' | 'unmapped' | 'rule' | 'failed' | 'resync';

/** How Omni-Channel is set to a value: a status by its id, or a logout for `Offline`. */
export type OmniCall = { readonly method: 'setPresence'; readonly statusId: string } | { readonly method: 'logout' };

/**
 * A write to one side, with exactly what to call: the sync core decides it, an effect only
 * carries it out. `value` is the key the core compares answers and echoes with.
 */
export type SyncWrite =
  | { readonly side: 'omni'; readonly value: OmniKey; readonly call: OmniCall }
  | { readonly side: 'dc'; readonly value: DcKey; readonly state: DcState };

/** A read of Omni-Channel's presence, asked for when out-of-order events left the sync unsure. */
export interface SyncCheck {
  readonly side: 'omni';
  readonly check: 'presence';
}

/** What the sync core asks its effects to call: a write, or a check. */
export type SyncCall = SyncWrite | SyncCheck;

/** The one empty outbox, so that "no new writes" keeps the state's identity. */
export const NO_WRITES: readonly SyncCall[] = [];

export interface SyncLogEntry {
  readonly at: number;
  readonly side: Side;
  readonly from: string | null;
  readonly to: string;
  readonly cause: SyncCause;
  readonly note?: string;
}

/**
 * The sync between the two sides, kept as plain data so that it can live in the store and be
 * tested as a pure function. `target` is where both sides should end up: the latest human
 * action (or a rule) decides it, and writes only ever move a side towards it, one write per
 * side at a time. Our own writes come back as answers and echoes, both recognised by `pending`.
 */
export interface SyncState {
  /** Last seen on each side; null until first seen. DC is `logged-out` while logged out. */
  readonly dc: DcKey | null;
  readonly omni: OmniKey | null;
  readonly target: { readonly dc: DcKey | null; readonly omni: OmniKey | null };
  readonly pending: { readonly dc: DcKey | null; readonly omni: OmniKey | null };
  readonly lastHuman: Side | null;
  /**
   * An Omni write lost with the connection, or in flight when the console was read again: it may
   * or may not have landed (or land yet); the resync tells, or its change during its call.
   */
  readonly unconfirmedOmni: OmniKey | null;
  /**
   * Omni writes answered before their echo came (oldest first): the echo is still due, however
   * late it comes, and is known for ours when it does. A read of the console clears them.
   */
  readonly echoes: readonly OmniKey[];
  /**
   * How many of the oldest `echoes` were already due when the latest human action was learned:
   * those writes landed before that action was taken.
   */
  readonly echoesBeforeHuman: number;
  /** The on-call rule: the Omni status to return to after the call. */
  readonly preCallOmni: OmniKey | null;
  /** The capacity rule: the DC state to return to below the threshold. */
  readonly capacityPreDc: DcKey | null;
  readonly unmapped: string | null;
  readonly error: string | null;
  readonly writes: number;
  /**
   * The console has been read since the link's latest session began, as the link's actions say
   * (the console-link slice's status is where the app reads that fact). Nothing is written
   * before: what the sync knows of Omni-Channel may be stale.
   */
  readonly linked: boolean;
  /**
   * A check of Omni-Channel's presence: due, or sent and not answered yet (`sent+due`: another
   * wanted since, asked once this one answers; one check is out at a time).
   */
  readonly check: 'due' | 'sent' | 'sent+due' | null;
  /** The value of ours whose landing the check is to tell (null: none in doubt). */
  readonly checkFor: OmniKey | null;
  /**
   * The latest Omni value an event showed while the console was being asked (a read to come
   * after unlinking, a check sent): the console answers with its state as it was when asked, so
   * an answer that disagrees may be older than that event.
   */
  readonly omniWhileAsked: OmniKey | null;
  /**
   * What the latest read showed, until the next event: an event of that value, come then, is of
   * a change the read saw made since the link was lost (events fire on a change), not nothing.
   */
  readonly readShown: OmniKey | null;
  /** The calls the latest step decided; a new array for every decision, NO_WRITES for none. */
  readonly outbox: readonly SyncCall[];
  readonly log: readonly SyncLogEntry[];
}

export const INITIAL_SYNC: SyncState = {
  dc: null,
  omni: null,
  target: { dc: null, omni: null },
  pending: { dc: null, omni: null },
  lastHuman: null,
  unconfirmedOmni: null,
  echoes: [],
  echoesBeforeHuman: 0,
  preCallOmni: null,
  capacityPreDc: null,
  unmapped: null,
  error: null,
  writes: 0,
  linked: false,
  check: null,
  checkFor: null,
  omniWhileAsked: null,
  readShown: null,
  outbox: NO_WRITES,
  log: [],
};

export const SYNC_LOG_SIZE = 50;
export const DC_LOGGED_OUT = 'logged-out';

export function allowsDcToOmni(m: OmniMapping): boolean {
  return m.direction !== 'omniToDc';
}

export function allowsOmniToDc(m: OmniMapping): boolean {
  return m.direction !== 'dcToOmni';
}

/** A pair both directions of the mapping accept: no write is needed to settle it. */
export function isMappedPair(m: OmniMapping, dc: DcKey, omni: OmniKey): boolean {
  return m.dcToOmni[dc] === omni || m.omniToDc[omni] === dc;
}

export function appendLog(state: SyncState, entry: SyncLogEntry): SyncState {
  const log =
    state.log.length >= SYNC_LOG_SIZE ? [...state.log.slice(1 - SYNC_LOG_SIZE), entry] : [...state.log, entry];
  return { ...state, log };
}
