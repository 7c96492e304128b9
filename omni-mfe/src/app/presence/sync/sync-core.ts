import { parseDcStateKey } from '@shared/dc-state/dc-state';
import { OMNI_OFFLINE, type OmniMapping } from '@shared/mapping/omni-mapping';
import { withEchoDue, type OmniSeen } from './sync-echo';
import { observeWorkload } from './sync-capacity';
import { answerInDoubt, seenWhileAsked } from './sync-doubt';
import { confirm, observeChange, observeDc, observeOmni } from './sync-observe';
import { observeRead, readDone } from './sync-read';
import {
  appendLog,
  DC_LOGGED_OUT,
  NO_WRITES,
  type DcKey,
  type OmniKey,
  type Side,
  type SyncCall,
  type SyncState,
  type SyncWrite,
} from './sync-state';

/**
 * The presence sync's one decision point. Every observation goes through `step`, which records
 * it and decides, in the same step, which writes the new state needs and exactly what each one
 * calls: those are claimed (pending) and put in `outbox`, where an effect picks them up and
 * carries them out. Each write's answer comes back as an input too; its answer and its echo are
 * read by the same `confirm`.
 */

export type { SyncCall, SyncWrite };

/** What the sync decides with, beside its own state: all of it the presence slice's records. */
export interface SyncContext {
  readonly mapping: OmniMapping;
  /** The org's statuses as the console last listed them: a status is set by its id. */
  readonly statuses: readonly { readonly statusId: string; readonly statusApiName: string }[];
  /** The mapping fits those statuses: otherwise nothing is written. */
  readonly fits: boolean;
}

export type SyncInput =
  /** The DC session showed this state (`logged-out` while logged out). */
  | { readonly kind: 'dc'; readonly value: DcKey }
  /** A console event: the presence changed (`Offline`: logged out), with the adapter's facts. */
  | ({ readonly kind: 'omni'; readonly value: OmniKey } & Omit<OmniSeen, 'via'>)
  /** The console's state was read after a (re)connect. */
  | { readonly kind: 'read'; readonly value: OmniKey }
  /** The link is gone or a new session must be read first: nothing is written meanwhile. */
  | { readonly kind: 'unlinked' }
  /** The answer to a check: Omni-Channel's presence, or null when it could not be read. */
  | { readonly kind: 'checked'; readonly value: OmniKey | null }
  | { readonly kind: 'workload'; readonly ratio: number }
  /** How a side answered one of our writes: `lost` with the connection, so it may have landed. */
  | {
      readonly kind: 'answer';
      readonly write: SyncWrite;
      readonly outcome: 'ok' | 'refused' | 'lost';
      readonly message?: string;
    };

export function step(ctx: SyncContext, s: SyncState, input: SyncInput, at: number): SyncState {
  return decide(ctx, observe(ctx.mapping, s, input, at), at);
}

/** With sync off (no usable mapping), each side is only recorded as seen, for the agent to read. */
export function record(s: SyncState, input: SyncInput): SyncState {
  if (input.kind === 'dc') return { ...s, dc: input.value };
  return input.kind === 'omni' || input.kind === 'read' ? { ...s, omni: input.value } : s;
}

function observe(m: OmniMapping, s: SyncState, input: SyncInput, at: number): SyncState {
  switch (input.kind) {
    case 'dc':
      return observeDc(m, s, input.value, at);
    case 'omni': {
      const seen = observeOmni(m, s, input.value, { ...input, via: 'event' }, at);
      // A check wanted while one is out is asked after its answer.
      const out = s.check === 'sent' || s.check === 'sent+due';
      const wanted = out && seen.check === 'due' ? { ...seen, check: 'sent+due' as const } : seen;
      return { ...seenWhileAsked(s, wanted, input.value), readShown: null };
    }
    case 'read':
      return { ...readOf(m, s, input.value, at), linked: true, omniWhileAsked: null, checkFor: null };
    case 'unlinked':
      // A write of ours in doubt stays so (`checkFor`): the read of the new session tells.
      return { ...s, linked: false, check: null, omniWhileAsked: null, readShown: null };
    case 'checked':
      return checked(m, s, input.value, at);
    case 'workload':
      return observeWorkload(m, s, input.ratio, at);
    case 'answer':
      return answered(s, input.write.side, input.write.value, input.outcome, input.message ?? '', at);
  }
}

/** The console as read after a (re)connect: an answer in doubt (sync-doubt.ts) records nothing and asks a check. */
function readOf(m: OmniMapping, s: SyncState, value: OmniKey, at: number): SyncState {
  if (!answerInDoubt(s, value)) return { ...observeRead(m, s, value, at), readShown: value };
  return { ...readDone(s, null), check: 'due', readShown: null };
}

/**
 * Claims the writes that move each side towards the target, one per side at a time, each with
 * what to call. A value that cannot be called (a status this org lacks) is refused here, once.
 * A check due goes out once no Omni write is in flight.
 */
function decide(ctx: SyncContext, s: SyncState, at: number): SyncState {
  const wanted = s.linked && ctx.fits ? nextWrites(s) : [];
  let next: SyncState = s;
  const calls: SyncCall[] = [];
  for (const [side, value] of wanted) {
    next = { ...next, pending: { ...next.pending, [side]: value } };
    const write = writeOf(ctx, side, value);
    if (typeof write === 'string') next = answered(next, side, value, 'refused', write, at);
    else calls.push(write);
  }
  const writes = next.writes + calls.length;
  if (next.linked && next.check === 'due' && next.pending.omni === null) {
    calls.push({ side: 'omni', check: 'presence' });
    next = { ...next, check: 'sent', omniWhileAsked: null };
  }
  if (calls.length === 0) return next.outbox === NO_WRITES ? next : { ...next, outbox: NO_WRITES };
  return { ...next, writes, outbox: calls };
}

/**
 * What a check found: the console's state, which out-of-order events had left unsure. A write of
 * ours (the one in doubt, or one whose echo is still due) that landed after the change the sync
 * follows is recorded as is; the target stays, set by the latest human action, and is written
 * again. Any other value (a change whose event is still on its way) is followed as a read that
 * finds a change. While a write is in flight, its own answer tells.
 */
function checked(m: OmniMapping, s: SyncState, value: OmniKey | null, at: number): SyncState {
  // Asked before the link dropped: the read of the new session tells.
  if (!s.linked) return s;
  const done: SyncState = { ...s, check: null, checkFor: null, omniWhileAsked: null };
  // Another check was wanted since this one was asked: this answer may be older; that one tells.
  if (s.check === 'sent+due') return { ...done, check: 'due', checkFor: s.checkFor };
  if (value === null || value === s.omni) return done;
  // A write in flight may land after this answer: the check goes out again once it is answered.
  if (s.pending.omni !== null) return { ...done, check: 'due', checkFor: s.checkFor };
  if (answerInDoubt(s, value)) return { ...done, check: 'due', checkFor: s.checkFor };
  const ours = value === s.checkFor || s.echoes.includes(value);
  if (!ours && value !== s.target.omni) return observeChange(m, done, value, 'resync', at);
  return appendLog({ ...done, omni: value }, { at, side: 'omni', from: s.omni, to: value, cause: 'resync' });
}

function nextWrites(s: SyncState): [Side, string][] {
  const writes: [Side, string][] = [];
  const { target, pending } = s;
  if (s.omni !== null && target.omni !== null && target.omni !== s.omni && pending.omni === null)
    writes.push(['omni', target.omni]);
  const dcLoggedIn = s.dc !== null && s.dc !== DC_LOGGED_OUT;
  if (dcLoggedIn && target.dc !== null && target.dc !== s.dc && pending.dc === null) writes.push(['dc', target.dc]);
  return writes;
}

/** Exactly what to call for a value, or why it cannot be called (in the words a refusal has). */
function writeOf(ctx: SyncContext, side: Side, value: string): SyncWrite | string {
  if (side === 'dc') {
    const state = parseDcStateKey(value);
    if (state) return { side, value, state };
    return $localize`:sync error:Desktop Connect could not be set to ${value}:state:: ${`${value} is not a DC state.`}:reason:`;
  }
  if (value === OMNI_OFFLINE) return { side, value, call: { method: 'logout' } };
  const status = ctx.statuses.find((st) => st.statusApiName === value);
  if (status) return { side, value, call: { method: 'setPresence', statusId: status.statusId } };
  const lacks = $localize`:sync error:This org has no Omni-Channel status ${value}:status:.`;
  return $localize`:sync error:Omni-Channel could not be set to ${value}:status:: ${lacks}:reason:`;
}

/**
 * Lost with the connection: the write may have landed; the next read tells, and it is tried
 * again if it did not. Refused: the store keeps what the side really shows (no retry loop) and
 * the agent is told, unless a later action set another target meanwhile. An answer to a write
 * already confirmed by its echo changes nothing; one that comes first leaves its echo due.
 */
function answered(
  s: SyncState,
  side: Side,
  value: string,
  outcome: 'ok' | 'refused' | 'lost',
  message: string,
  at: number,
): SyncState {
  if (s.pending[side] !== value) return s;
  if (outcome === 'ok') {
    // Its echo is due even when the sync already saw Omni-Channel at the value (the agent chose
    // it meanwhile): the agent may have moved away since, in an event still on its way, and our
    // write then changed it back.
    return confirm(side === 'omni' ? { ...s, ...withEchoDue(s, value) } : s, side, value, at);
  }
  const pending = { ...s.pending, [side]: null };
  if (outcome === 'lost') return { ...s, pending, unconfirmedOmni: side === 'omni' ? value : s.unconfirmedOmni };
  // A target that moved on meanwhile (a later human action) still stands: it is written next.
  const target = s.target[side] === value ? { ...s.target, [side]: s[side] } : s.target;
  // Not landed: a check finding its value finds someone else's change, not ours.
  const checkFor = side === 'omni' && s.checkFor === value ? null : s.checkFor;
  return appendLog(
    { ...s, pending, target, checkFor, error: message },
    { at, side, from: s[side], to: value, cause: 'failed', note: message },
  );
}
