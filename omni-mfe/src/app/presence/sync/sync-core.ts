import type { OmniMapping } from '@shared/mapping/omni-mapping';
import { confirm, observeDc, observeOmni, observeWorkload } from './sync-observe';
import {
  appendLog,
  DC_LOGGED_OUT,
  NO_WRITES,
  type DcKey,
  type OmniKey,
  type SyncState,
  type SyncWrite,
} from './sync-state';

/**
 * The presence sync's one decision point. Every observation goes through `step`, which records
 * it and decides, in the same step, which writes the new state needs: those are claimed
 * (pending) and put in `outbox`, where an effect picks them up and carries them out. Each write's
 * answer comes back as an input too; its answer and its echo are read by the same `confirm`.
 */

export type { SyncWrite };

export type SyncInput =
  /** The DC session showed this state (`logged-out` while logged out). */
  | { readonly kind: 'dc'; readonly value: DcKey }
  /** A console event: the presence changed (`Offline`: logged out), with the console's reason. */
  | { readonly kind: 'omni'; readonly value: OmniKey; readonly reason?: string }
  /** The console's state was read after a (re)connect; `writable`: the mapping fits this org. */
  | { readonly kind: 'read'; readonly value: OmniKey; readonly writable: boolean }
  /** The link is gone or a new session must be read first: nothing is written meanwhile. */
  | { readonly kind: 'unlinked' }
  | { readonly kind: 'workload'; readonly ratio: number }
  /** How a side answered one of our writes: `lost` with the connection, so it may have landed. */
  | {
      readonly kind: 'answer';
      readonly write: SyncWrite;
      readonly outcome: 'ok' | 'refused' | 'lost';
      readonly message?: string;
    };

export function step(m: OmniMapping, s: SyncState, input: SyncInput, at: number): SyncState {
  return decide(observe(m, s, input, at));
}

function observe(m: OmniMapping, s: SyncState, input: SyncInput, at: number): SyncState {
  switch (input.kind) {
    case 'dc':
      return observeDc(m, s, input.value, at);
    case 'omni':
      return observeOmni(m, s, input.value, { via: 'event', reason: input.reason }, at);
    case 'read':
      return { ...observeOmni(m, s, input.value, { via: 'resync' }, at), writable: input.writable };
    case 'unlinked':
      return { ...s, writable: false };
    case 'workload':
      return observeWorkload(m, s, input.ratio, at);
    case 'answer':
      return answered(s, input.write, input.outcome, input.message ?? '', at);
  }
}

/** Claims the writes that move each side towards the target: one per side at a time. */
function decide(s: SyncState): SyncState {
  const writes = s.writable ? nextWrites(s) : NO_WRITES;
  if (writes.length === 0) return s.outbox === NO_WRITES ? s : { ...s, outbox: NO_WRITES };
  let pending = s.pending;
  for (const w of writes) pending = { ...pending, [w.side]: w.value };
  return { ...s, pending, writes: s.writes + writes.length, outbox: writes };
}

function nextWrites(s: SyncState): readonly SyncWrite[] {
  const writes: SyncWrite[] = [];
  const { target, pending } = s;
  if (s.omni !== null && target.omni !== null && target.omni !== s.omni && pending.omni === null)
    writes.push({ side: 'omni', value: target.omni });
  const dcLoggedIn = s.dc !== null && s.dc !== DC_LOGGED_OUT;
  if (dcLoggedIn && target.dc !== null && target.dc !== s.dc && pending.dc === null)
    writes.push({ side: 'dc', value: target.dc });
  return writes.length ? writes : NO_WRITES;
}

/**
 * Lost with the connection: the write may have landed; the next read tells, and it is tried
 * again if it did not. Refused: the store keeps what the side really shows (no retry loop) and
 * the agent is told, unless a later action set another target meanwhile. An answer to a write
 * already confirmed by its echo changes nothing.
 */
function answered(
  s: SyncState,
  write: SyncWrite,
  outcome: 'ok' | 'refused' | 'lost',
  message: string,
  at: number,
): SyncState {
  if (s.pending[write.side] !== write.value) return s;
  if (outcome === 'ok') return confirm(s, write.side, write.value, at);
  const pending = { ...s.pending, [write.side]: null };
  if (outcome === 'lost')
    return { ...s, pending, unconfirmedOmni: write.side === 'omni' ? write.value : s.unconfirmedOmni };
  // A target that moved on meanwhile (a later human action) still stands: it is written next.
  const target = s.target[write.side] === write.value ? { ...s.target, [write.side]: s[write.side] } : s.target;
  return appendLog(
    { ...s, pending, target, error: message },
    { at, side: write.side, from: s[write.side], to: write.value, cause: 'failed', note: message },
  );
}
