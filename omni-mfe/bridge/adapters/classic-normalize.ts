import type { AgentWork, Channel, PresenceStatus } from '@shared/bridge/console-data.schema';
import { workTypeOf } from '@shared/bridge/record-type';
import { ConsoleCallError } from './console-adapter';
import type { SforceChannel, SforceRawWork, SforceResult, SforceStatusResult } from './sforce-console';

/** Extra facts about a work item that the toolkit does not give (subject, priority, ...). */
export type WorkDetails = (workItemId: string) => Partial<Omit<AgentWork, 'workId' | 'workItemId' | 'isEngaged'>>;

/** Calls a callback-style toolkit method as a promise; `success: false` becomes a ConsoleCallError. */
export function call<R extends SforceResult>(what: string, invoke: (callback: (result: R) => void) => void): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    try {
      invoke((result) => (result?.success ? resolve(result) : reject(new ConsoleCallError('console', `The Salesforce console refused ${what}.`))));
    } catch (err) {
      reject(new ConsoleCallError('console', `The Salesforce console could not run ${what}: ${(err as Error).message}`));
    }
  });
}

/** `channels` and `works` come as JSON strings in current orgs and as arrays in older ones. */
export function jsonOrArray<T>(value: string | readonly T[] | undefined, what: string): readonly T[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  try {
    const parsed: unknown = JSON.parse(value as string);
    if (Array.isArray(parsed)) return parsed as T[];
  } catch {
    // fall through to the error below
  }
  throw new ConsoleCallError('invalid-response', `The Salesforce console sent ${what} omni-mfe cannot read.`);
}

export function channelsOf(value: string | readonly SforceChannel[] | undefined): Channel[] {
  return jsonOrArray(value, 'channels').map((c) => ({ channelId: String(c.channelId), developerName: String(c.developerName ?? '') }));
}

/** A status result, with names from the known statuses when the console left them out. */
export function statusOf(result: SforceStatusResult, known: readonly PresenceStatus[]): PresenceStatus {
  const statusId = String(result.statusId ?? '');
  const meta = known.find((s) => s.statusId === statusId);
  return {
    statusId,
    statusName: result.statusName ?? meta?.statusName ?? statusId,
    statusApiName: result.statusApiName ?? meta?.statusApiName ?? statusId,
    channels: result.channels !== undefined ? channelsOf(result.channels) : (meta?.channels ?? []),
  };
}

export function workOf(raw: SforceRawWork, details: WorkDetails | undefined): AgentWork {
  const workItemId = String(raw.workItemId);
  return {
    type: workTypeOf(workItemId),
    status: raw.isEngaged ? 'Opened' : 'Assigned',
    ...details?.(workItemId),
    workId: String(raw.workId),
    workItemId,
    isEngaged: !!raw.isEngaged,
  };
}
