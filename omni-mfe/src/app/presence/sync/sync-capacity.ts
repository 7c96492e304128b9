import type { OmniMapping } from '@shared/mapping/omni-mapping';
import { appendLog, DC_LOGGED_OUT, type SyncState } from './sync-state';

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
