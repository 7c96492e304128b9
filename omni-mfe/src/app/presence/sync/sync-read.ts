import type { OmniMapping } from '@shared/mapping/omni-mapping';
import { NO_ECHOES } from './sync-echo';
import { confirm, observeChange } from './sync-observe';
import { appendLog, type OmniKey, type SyncState } from './sync-state';

/**
 * The console as a read found it: a write lost or in flight that landed is ours; anything else
 * was missed. Such a write the read does not show may still land (its call may still be on its
 * way): it stays unconfirmed, and its change, when it comes during that call, is ours.
 */
export function observeRead(m: OmniMapping, s: SyncState, omni: OmniKey, at: number): SyncState {
  const unconfirmed = s.pending.omni ?? s.unconfirmedOmni;
  const read = readDone(s, omni);
  if (omni === s.omni) return read;
  if (omni === unconfirmed) return confirm(read, 'omni', omni, at);
  // A write of ours answered, whose echo was still due or came late (a check was to tell), lost
  // with the link: it landed after the change the sync follows, as a check would find (see
  // `checked` in sync-core.ts). The target stays, set by the latest human action, and is written again.
  if (s.echoes.includes(omni) || omni === s.checkFor)
    return appendLog({ ...read, omni }, { at, side: 'omni', from: s.omni, to: omni, cause: 'resync' });
  return observeChange(m, read, omni, 'resync', at);
}

/**
 * What a read tells whatever it shows (`null`: an answer in doubt, see sync-doubt.ts): a write
 * lost or in flight stays unconfirmed unless the read shows it, and the echoes due are done with.
 */
export function readDone(s: SyncState, omni: OmniKey | null): SyncState {
  const unconfirmed = s.pending.omni ?? s.unconfirmedOmni;
  return {
    ...s,
    pending: { ...s.pending, omni: null },
    unconfirmedOmni: omni === unconfirmed ? null : unconfirmed,
    ...NO_ECHOES,
  };
}
