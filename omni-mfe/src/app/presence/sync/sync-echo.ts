import type { OmniKey, SyncState } from './sync-state';

/**
 * Which console events are the echoes of our own Omni writes. The adapters report facts only
 * (the console's reason, whether our call for the value was in flight); this rule alone decides,
 * and it never depends on when an event arrives: a write answered before its echo leaves the
 * echo due in `SyncState.echoes`, so an echo is known for ours however late it comes.
 */

/** How an Omni value was seen: by a console event (with the adapter's facts) or by a read. */
export interface OmniSeen {
  readonly via: 'event' | 'resync';
  /** The console's own reason, where it gives one (Lightning, Winter '26 on). */
  readonly reason?: string;
  /** The change came while the adapter's own call setting this value was in flight. */
  readonly duringOwnCall?: boolean;
}

/**
 * Whether a console event is the echo of our own write, decided from what the sync expects and
 * the adapter's facts, never from when the event came:
 * - The console's toolkit reason: ours if it is a value we are writing, will write, or have
 *   written and not seen come back (another toolkit user in the org gets that reason too).
 * - No reason (Classic; Lightning before Winter '26), or a login reason (our own login is
 *   reported so): ours if it is the echo still due of a write answered before it (the
 *   presence's events keep their order, so an earlier write's echo comes before anything our
 *   write in flight causes), or if it came while our call for it was in flight and that write
 *   is not confirmed yet: a call changes the presence once, so a second change to the value
 *   during the call (the agent choosing it again) is not ours (a write a read left unconfirmed
 *   is not confirmed yet either). A change to the value we are
 *   about to write that came before our call reached the console is the agent's.
 * - Any other reason says whose it is: not ours.
 */
export function isOurEcho(s: SyncState, omni: OmniKey, how: OmniSeen): boolean {
  const due = s.echoes.includes(omni);
  switch (how.reason) {
    case 'OmniToolkitStatusChange':
      return how.duringOwnCall === true || due || s.pending.omni === omni || s.target.omni === omni;
    case undefined:
    case 'OmniLoginStatusChange':
    case 'OmniLogin':
      return due || (how.duringOwnCall === true && (s.pending.omni === omni || s.unconfirmedOmni === omni));
    default:
      return false;
  }
}

/** Echoes due are few: one per write answered before its echo, and writes go one at a time. */
const ECHOES_KEPT = 4;

type Echoes = Pick<SyncState, 'echoes' | 'echoesBeforeHuman'>;

/** The echoes due once a write of `value` was answered before its echo came. */
export function withEchoDue(s: Echoes, value: OmniKey): Echoes {
  const all = [...s.echoes, value];
  const dropped = Math.max(0, all.length - ECHOES_KEPT);
  return { echoes: all.slice(dropped), echoesBeforeHuman: Math.max(0, s.echoesBeforeHuman - dropped) };
}

/** The echoes due without the first `value` in them (its echo came); the same list when it has none. */
export function withEchoCome(s: Echoes, value: OmniKey): Echoes {
  const i = s.echoes.indexOf(value);
  if (i < 0) return s;
  const echoes = [...s.echoes.slice(0, i), ...s.echoes.slice(i + 1)];
  return { echoes, echoesBeforeHuman: i < s.echoesBeforeHuman ? s.echoesBeforeHuman - 1 : s.echoesBeforeHuman };
}

/** A human action is learned: every write whose echo is due now landed before it. */
export function echoesBeforeHuman(s: Echoes): Echoes {
  return { echoes: s.echoes, echoesBeforeHuman: s.echoes.length };
}

/** Whether the write of `value` whose echo is due (the oldest) landed before the latest human action. */
export function echoPredatesHuman(s: Echoes, value: OmniKey): boolean {
  const i = s.echoes.indexOf(value);
  return i >= 0 && i < s.echoesBeforeHuman;
}

export const NO_ECHOES: Echoes = { echoes: [], echoesBeforeHuman: 0 };
