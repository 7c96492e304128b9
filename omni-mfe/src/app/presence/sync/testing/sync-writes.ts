import { parseDcStateKey } from '@shared/dc-state/dc-state';
import type { SyncWrite } from '../sync-state';

/** The org's statuses as the demo console lists them (the statuses the demo mapping names). */
export const STATUSES = ['Available', 'Busy', 'On_Break', 'On_Call', 'Available_Cases'].map((api, i) => ({
  statusId: `0N500000000000${i + 1}`,
  statusName: api.replace('_', ' '),
  statusApiName: api,
  channels: [],
}));

/** The Omni write of `value` as the core decides it over STATUSES: a status id, or a logout. */
export function toOmni(value: string): SyncWrite {
  if (value === 'Offline') return { side: 'omni', value, call: { method: 'logout' } };
  const status = STATUSES.find((s) => s.statusApiName === value);
  if (!status) throw new Error(`${value} is not a status of the test org`);
  return { side: 'omni', value, call: { method: 'setPresence', statusId: status.statusId } };
}

/** The DC write of a state key, as the core decides it. */
export function toDc(value: string): SyncWrite {
  const state = parseDcStateKey(value);
  if (!state) throw new Error(`${value} is not a DC state`);
  return { side: 'dc', value, state };
}
