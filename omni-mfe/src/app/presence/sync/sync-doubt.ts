import type { OmniKey, SyncState } from './sync-state';

/**
 * A read or a check of the console answers with its presence as it was when asked, and a loaded
 * console answers late: an event may come meanwhile, and the answer is then older than it. Such
 * an answer that disagrees with the event is in doubt: nothing is recorded from it, and a check,
 * asked after the event, finds where the console stands.
 */

/** The console is being asked: its read is to come (the link is new or back), or a check is out. */
function asking(s: SyncState): boolean {
  return !s.linked || s.check === 'sent' || s.check === 'sent+due';
}

/** An event seen while the console was being asked (`before` the event): an answer is weighed against it. */
export function seenWhileAsked(before: SyncState, s: SyncState, omni: OmniKey): SyncState {
  return asking(before) ? { ...s, omniWhileAsked: omni } : s;
}

/** The answer shows neither what the sync records nor what an event showed while it was on its way. */
export function answerInDoubt(s: SyncState, omni: OmniKey): boolean {
  return s.omniWhileAsked !== null && omni !== s.omni && omni !== s.omniWhileAsked;
}
