import { OMNI_OFFLINE, type OmniMapping } from '@shared/mapping/omni-mapping';
import {
  allowsDcToOmni,
  allowsOmniToDc,
  appendLog,
  DC_LOGGED_OUT,
  isMappedPair,
  type DcKey,
  type OmniKey,
  type Side,
  type SyncState,
} from './sync-state';

/**
 * What each observation means for the sync, as pure functions of (mapping, state, what was
 * seen). They only record and set targets; `step` in sync-core.ts decides the writes.
 */

/** The DC side changed (or was first seen). */
export function observeDc(m: OmniMapping, s: SyncState, dc: DcKey, at: number): SyncState {
  if (dc === s.dc) return s;
  if (s.dc === null) return { ...s, dc, target: { ...s.target, dc } };
  // Our own write, come back through the shell's session.
  if (s.pending.dc === dc) return confirm(s, 'dc', dc, at);
  const from = s.dc;
  let next: SyncState = { ...s, dc, lastHuman: 'dc', error: null, unmapped: null, capacityPreDc: null };
  let omni = s.target.omni ?? s.omni;
  const onCall = m.rules.onCall?.enabled ? m.rules.onCall : undefined;
  if (dc === DC_LOGGED_OUT) {
    next = { ...next, preCallOmni: null };
    if (allowsDcToOmni(m)) omni = m.onDcLogout;
  } else if (onCall && dc === 'on-call' && from !== 'on-call' && allowsDcToOmni(m)) {
    next = { ...next, preCallOmni: s.omni };
    omni = onCall.busyStatus;
  } else if (onCall && from === 'on-call' && s.preCallOmni !== null && allowsDcToOmni(m)) {
    omni = s.preCallOmni;
    next = { ...next, preCallOmni: null };
  } else if (allowsDcToOmni(m)) {
    const mapped = m.dcToOmni[dc];
    if (mapped === undefined)
      next = {
        ...next,
        unmapped: $localize`:sync detail; a DC state key:DC state ${dc}:state: has no Omni-Channel status`,
      };
    else if (s.omni !== null && isMappedPair(m, dc, s.omni)) omni = s.omni;
    else omni = mapped;
  }
  next = { ...next, target: { dc, omni } };
  return appendLog(next, { at, side: 'dc', from, to: dc, cause: next.unmapped ? 'unmapped' : 'agent' });
}

/**
 * The Omni side changed: by a console event, or as found by a read after a (re)connect. The
 * event's reason tells our own writes from the rest (Lightning gives it; our Classic adapter
 * tags the changes its own calls cause). A change we did not cause is the agent's (or the
 * console's: push timeout, supervisor) and moves DC per the mapping.
 */
export function observeOmni(
  m: OmniMapping,
  s: SyncState,
  omni: OmniKey,
  how: { via: 'event' | 'resync'; reason?: string },
  at: number,
): SyncState {
  const unconfirmed = s.unconfirmedOmni;
  const resync = how.via === 'resync';
  const pending = resync ? { ...s.pending, omni: null } : s.pending;
  if (resync) s = { ...s, unconfirmedOmni: null };
  if (omni === s.omni) return { ...s, pending };
  // Our own write: tagged so by the bridge (as Lightning does) and a value we are writing, a lost
  // write that did land, or, from a bridge that does not tag, the value of the write in flight.
  // A tag alone is not enough: the Classic bridge tags a change to a status it set within a moment
  // of that call, which a refused call also opens, and another toolkit user in the org is tagged
  // too; a change to a value we are not writing moves DC like any other.
  const writing = s.pending.omni === omni || s.target.omni === omni;
  const ours = resync
    ? omni === unconfirmed
    : how.reason !== undefined
      ? how.reason === 'OmniToolkitStatusChange' && writing
      : s.pending.omni === omni;
  if (ours) return confirm({ ...s, pending }, 'omni', omni, at);
  // First read of the console while a DC action already waits: that action is the latest.
  if (s.omni === null && s.lastHuman === 'dc') return { ...s, omni, pending };
  const first = s.omni === null;
  const from = s.omni;
  let next: SyncState = {
    ...s,
    omni,
    pending,
    lastHuman: first ? s.lastHuman : 'omni',
    error: null,
    unmapped: null,
    preCallOmni: null,
  };
  let dc = s.target.dc ?? s.dc;
  const dcLoggedIn = s.dc !== null && s.dc !== DC_LOGGED_OUT;
  let targetOmni: OmniKey = omni;
  if (dcLoggedIn && first && !allowsOmniToDc(m)) {
    // DC leads in this direction: the first read only tells us where Omni starts from.
    targetOmni =
      s.dc !== null && m.dcToOmni[s.dc] !== undefined && !isMappedPair(m, s.dc, omni) ? m.dcToOmni[s.dc] : omni;
  } else if (dcLoggedIn && allowsOmniToDc(m)) {
    const mapped = omni === OMNI_OFFLINE ? (m.onOmniLogout ?? undefined) : m.omniToDc[omni];
    if (mapped === undefined && omni !== OMNI_OFFLINE)
      next = {
        ...next,
        unmapped: $localize`:sync detail; an Omni-Channel status API name:Omni-Channel status ${omni}:status: has no DC state`,
      };
    else if (mapped !== undefined && !(s.dc !== null && isMappedPair(m, s.dc, omni))) dc = mapped;
  }
  next = { ...next, target: { dc, omni: targetOmni } };
  const cause = next.unmapped
    ? 'unmapped'
    : resync
      ? 'resync'
      : how.reason === 'OmniPushTimeout' || how.reason === 'OmniSupervisorStatusChange'
        ? 'console'
        : 'agent';
  const note = how.reason && how.reason !== 'Unknown' ? { note: how.reason } : {};
  return appendLog(next, { at, side: 'omni', from, to: omni, cause, ...note });
}

/** The capacity rule: at the threshold DC goes to the configured state, and back below it. */
export function observeWorkload(m: OmniMapping, s: SyncState, ratio: number, at: number): SyncState {
  const rule = m.rules.capacity;
  if (!rule?.enabled || s.dc === null || s.dc === DC_LOGGED_OUT) return s;
  const over = ratio * 100 >= rule.percent;
  // Over the threshold DC goes to the rule's state, remembering where it was; below, back there.
  const to = over ? (s.capacityPreDc === null && s.target.dc !== rule.dcState ? rule.dcState : null) : s.capacityPreDc;
  if (to === null) return s;
  return appendLog(
    { ...s, capacityPreDc: over ? s.dc : null, target: { ...s.target, dc: to } },
    {
      at,
      side: 'dc',
      from: s.dc,
      to,
      cause: 'rule',
      note: $localize`:sync log note:workload at ${Math.round(ratio * 100)}:percent: %`,
    },
  );
}

/**
 * One of our writes is confirmed, by its answer or by its echo, whichever comes first: the side
 * is where we put it. The other confirmation then finds nothing left to do.
 */
export function confirm(s: SyncState, side: Side, value: string, at: number): SyncState {
  const from = s[side];
  const pending = s.pending[side] === value ? { ...s.pending, [side]: null } : s.pending;
  // A write that lands supersedes an earlier refusal's message.
  const next = { ...s, [side]: value, pending, error: null };
  return from === value ? next : appendLog(next, { at, side, from, to: value, cause: 'sync' });
}
