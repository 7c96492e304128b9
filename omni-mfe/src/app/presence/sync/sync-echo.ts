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
 * - No reason (Classic; Lightning before Winter '26): ours if it came while our call for it was
 *   in flight, or if it is the echo still due of a write answered before it. A change to the
 *   value we are about to write that came before our call reached the console is the agent's.
 * - A login reason: ours while our call was in flight, or as the echo still due of a write
 *   answered before it (our own login is reported so, and may come after our answer); the
 *   agent's own login through the widget otherwise.
 * - Any other reason says whose it is: not ours.
 */
export function isOurEcho(s: SyncState, omni: OmniKey, how: OmniSeen): boolean {
  const during = how.duringOwnCall === true;
  const due = s.echoes.includes(omni);
  switch (how.reason) {
    case 'OmniToolkitStatusChange':
      return during || due || s.pending.omni === omni || s.target.omni === omni;
    case undefined:
      return during || due;
    case 'OmniLoginStatusChange':
    case 'OmniLogin':
      return during || due;
    default:
      return false;
  }
}

/** Echoes due are few: one per write answered before its echo, and writes go one at a time. */
const ECHOES_KEPT = 4;

/** The echoes due once a write of `value` was answered before its echo came. */
export function withEchoDue(echoes: readonly OmniKey[], value: OmniKey): readonly OmniKey[] {
  return [...echoes, value].slice(-ECHOES_KEPT);
}

export const NO_ECHOES: readonly OmniKey[] = [];

/** The list without the first `value` in it; the same list when it has none. */
export function withoutOne(list: readonly OmniKey[], value: OmniKey): readonly OmniKey[] {
  const i = list.indexOf(value);
  return i < 0 ? list : [...list.slice(0, i), ...list.slice(i + 1)];
}
