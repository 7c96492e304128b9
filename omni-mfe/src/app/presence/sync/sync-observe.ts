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
  type SyncCause,
  type SyncState,
} from './sync-state';
import { echoesBeforeHuman, echoPredatesHuman, isOurEcho, withEchoCome, type OmniSeen } from './sync-echo';

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
  let next: SyncState = {
    ...s,
    ...echoesBeforeHuman(s),
    dc,
    lastHuman: 'dc',
    error: null,
    unmapped: null,
    capacityPreDc: null,
    // A later choice than the read's: an event of the value the read showed is no longer news.
    readShown: null,
  };
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
 * The Omni side changed, as a console event says (a read: sync-read.ts). A change
 * we did not cause is the agent's (or the console's: push timeout, supervisor) and moves DC per
 * the mapping; our own (see `isOurEcho`) is confirmed, however late it comes.
 */
export function observeOmni(m: OmniMapping, s: SyncState, omni: OmniKey, how: OmniSeen, at: number): SyncState {
  if (isOurEcho(s, omni, how)) {
    // Ours only as it came during our call, while an earlier write's echo is still due: the
    // console's presence events keep their order, so this one was sent before that echo, and may
    // be an older change (the widget's login) arriving late. Not the echo of a write the console
    // may yet refuse: its answer tells, and a read what the console shows.
    if (how.reason === undefined && s.echoes.length > 0 && !s.echoes.includes(omni))
      return { ...s, check: 'due', checkFor: omni };
    const come = withEchoCome(s, omni);
    // A write in flight is confirmed by its echo; so is an expected value not yet seen. An echo
    // still due is an earlier write's (events keep their order): a later write of the same value
    // waits for its own answer.
    if (come === s && (s.pending.omni === omni || s.omni !== omni)) return confirm(s, 'omni', omni, at);
    if (s.omni === omni) return { ...s, ...come };
    // The echo of a write answered before a later change came after that change's event. Events
    // may come out of order, so Omni-Channel may show either: the sync does not take our own echo
    // for the agent's choice, and reads the console to know (see `checked` in sync-core.ts).
    return { ...s, ...come, check: 'due', checkFor: omni };
  }
  if (omni !== s.omni || movedBackAfterOurEcho(s, omni) || changeTheReadSaw(s, omni))
    return observeChange(m, s, omni, how.reason, at);
  return s.echoes.includes(omni) ? chosenBeforeOurWrite(m, s, omni, how, at) : s;
}

/**
 * An event of the value the sync records, come while the link's new session is read, or first
 * after that read (which showed it), while a DC choice made before wants another: a change made
 * since the link was lost (events fire on a change), so at least as late as that choice.
 */
function changeTheReadSaw(s: SyncState, omni: OmniKey): boolean {
  return (s.readShown === omni || !s.linked) && s.target.omni !== omni;
}

/**
 * A change to the value the sync records, come after a late echo of ours that left it unsure
 * what Omni-Channel shows (a check pending for that echo): as the presence's events keep their
 * order, Omni-Channel showed our value after the recorded one, and this change is the agent's
 * move back to it, not nothing.
 */
function movedBackAfterOurEcho(s: SyncState, omni: OmniKey): boolean {
  return s.check !== null && s.checkFor !== null && s.checkFor !== omni;
}

/**
 * The agent's change to the value our write set, come while that write's echo is still due: as
 * events keep their order, the agent made it before our write landed (our write then changed
 * nothing, or changed it back after a later change of theirs: its echo stays due). It is older
 * than any human action learned after our write landed; otherwise it is the latest the sync
 * learns of, and followed as such.
 */
function chosenBeforeOurWrite(m: OmniMapping, s: SyncState, omni: OmniKey, how: OmniSeen, at: number): SyncState {
  return echoPredatesHuman(s, omni) ? s : observeChange(m, s, omni, how.reason, at);
}

/** A change we did not cause; `why` is the console's reason, or `resync` when a read found it. */
export function observeChange(
  m: OmniMapping,
  s: SyncState,
  omni: OmniKey,
  why: string | undefined,
  at: number,
): SyncState {
  // First read of the console while a DC action already waits: that action is the latest.
  if (s.omni === null && s.lastHuman === 'dc') return { ...s, omni };
  const first = s.omni === null;
  const from = s.omni;
  let next: SyncState = {
    ...s,
    ...(first ? {} : echoesBeforeHuman(s)),
    omni,
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
    else if (mapped !== undefined && !(dc !== null && isMappedPair(m, dc, omni)))
      // A DC target set before (by a change the sync could not write yet) gives way: DC as it
      // shows, when it pairs, or the mapped state.
      dc = s.dc !== null && isMappedPair(m, s.dc, omni) ? s.dc : mapped;
  }
  next = { ...next, target: { dc, omni: targetOmni } };
  return appendLog(next, { at, side: 'omni', from, to: omni, cause: causeOf(next, why), ...noteOf(why) });
}

function causeOf(s: SyncState, why: string | undefined): SyncCause {
  if (s.unmapped) return 'unmapped';
  if (why === 'resync') return 'resync';
  return why === 'OmniPushTimeout' || why === 'OmniSupervisorStatusChange' ? 'console' : 'agent';
}

function noteOf(why: string | undefined): { note?: string } {
  return why && why !== 'resync' && why !== 'Unknown' ? { note: why } : {};
}

/**
 * One of our writes is confirmed, by its answer or by its echo, whichever comes first: the side
 * is where we put it. The other confirmation then finds nothing left to do.
 */
export function confirm(s: SyncState, side: Side, value: string, at: number): SyncState {
  const from = s[side];
  const pending = s.pending[side] === value ? { ...s.pending, [side]: null } : s.pending;
  const unconfirmedOmni = side === 'omni' && s.unconfirmedOmni === value ? null : s.unconfirmedOmni;
  // A write that lands supersedes an earlier refusal's message.
  const next = { ...s, [side]: value, pending, unconfirmedOmni, error: null };
  return from === value ? next : appendLog(next, { at, side, from, to: value, cause: 'sync' });
}
