import type { OmniMapping } from '@shared/mapping/omni-mapping';
import { demoMapping } from '../../../../testing/demo-mapping';
import { step, type SyncContext, type SyncInput } from '../sync-core';
import { INITIAL_SYNC, type SyncState } from '../sync-state';
import { STATUSES, toDc, toOmni } from './sync-writes';

/** Steps of the sync core for specs, over the demo mapping and STATUSES, each a moment later. */
export const DEMO = demoMapping();
export const AGENT = 'OmniManualStatusChange';
export const OURS = 'OmniToolkitStatusChange';
let at = 0;

export const ctx = (mapping: OmniMapping, fits = true): SyncContext => ({ mapping, statuses: STATUSES, fits });
export const run = (s: SyncState, input: SyncInput, mm = DEMO) => step(ctx(mm), s, input, ++at);
export const dc = (s: SyncState, value: string, mm = DEMO) => run(s, { kind: 'dc', value }, mm);
export const omni = (s: SyncState, value: string, reason?: string, mm = DEMO) =>
  run(s, { kind: 'omni', value, reason }, mm);
export const read = (s: SyncState, value: string, mm = DEMO) => run(s, { kind: 'read', value }, mm);
export const answer = (
  s: SyncState,
  side: 'dc' | 'omni',
  value: string,
  outcome: 'ok' | 'refused' | 'lost',
  message?: string,
) => run(s, { kind: 'answer', write: side === 'dc' ? toDc(value) : toOmni(value), outcome, message });

/** DC logged in as `dcKey`, the console read as `omniKey`, nothing decided. */
export function settled(dcKey: string, omniKey: string, mm = DEMO): SyncState {
  const s = read(dc(INITIAL_SYNC, dcKey, mm), omniKey, mm);
  if (s.outbox.length) throw new Error(`${dcKey} with ${omniKey} is not a settled pair`);
  return s;
}
