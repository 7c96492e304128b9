import type { WorkType } from './console-data.schema';

/** Salesforce key prefixes (the first three characters of a record id) of the routable objects. */
const PREFIXES: Readonly<Record<string, WorkType>> = { '500': 'Case', '00Q': 'Lead', '570': 'Chat' };

/** The work type of a record, from its id's key prefix; `Other` for objects we do not know. */
export function workTypeOf(recordId: string): WorkType {
  return PREFIXES[recordId.slice(0, 3)] ?? 'Other';
}

/** The key prefix of records of a type (the simulator makes ids with it). */
export function keyPrefixOf(type: Exclude<WorkType, 'Other'>): string {
  return Object.entries(PREFIXES).find(([, t]) => t === type)?.[0] ?? '';
}
