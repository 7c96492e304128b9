import type { AgentWork, Channel, Workload } from '@shared/protocol/console-data.schema';
import { workTypeOf } from '@shared/protocol/record-type';
import { ConsoleCallError } from './console-adapter';

/**
 * Reading what a console toolkit sends, for both adapters (Classic and Lightning). The toolkits
 * cross windows by message, so a number may arrive as a string, an id as a number, a flag as
 * "true"/"false", and lists as JSON strings or arrays: each is read here, once, and anything
 * else is refused with an `invalid-response` error that names what could not be read.
 */

/** Extra facts about a work item that the toolkit does not give (subject, priority, ...). */
export type WorkDetails = (workItemId: string) => Partial<Omit<AgentWork, 'workId' | 'workItemId' | 'isEngaged'>>;

/** The raw work and channel objects both toolkits describe (values may arrive as other types). */
export interface RawWork {
  readonly workId: unknown;
  readonly workItemId: unknown;
  readonly isEngaged?: unknown;
}
export interface RawChannel {
  readonly channelId: unknown;
  readonly developerName?: unknown;
}

function unreadable(what: string): ConsoleCallError {
  return new ConsoleCallError('invalid-response', `The Salesforce console sent ${what} omni-mfe cannot read.`);
}

/** `channels` and `works` come as JSON strings in current orgs and as arrays in older ones. */
export function jsonOrArray<T>(value: unknown, what: string): readonly T[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value as T[];
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed as T[];
    } catch {
      // fall through to the error below
    }
  }
  throw unreadable(what);
}

/** A number, or a numeric string ("4", " 4.5 "); an empty string is not zero. */
export function numberOf(value: unknown, what: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    if (Number.isFinite(n)) return n;
  }
  throw unreadable(what);
}

/** Like numberOf, for values a toolkit version may leave out. */
export function optionalNumberOf(value: unknown, what: string): number | undefined {
  return value === undefined || value === null || value === '' ? undefined : numberOf(value, what);
}

/** An id or a name: a string, or a number that stands for one. */
export function textOf(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw unreadable(what);
}

/** `true` or "true"; anything else (including "false", which `!!` would take for true) is false. */
export function flagOf(value: unknown): boolean {
  return value === true || value === 'true';
}

export function channelsOf(value: unknown): Channel[] {
  return jsonOrArray<RawChannel>(value, 'channels').map((c) => ({
    channelId: textOf(c?.channelId, 'a channel id'),
    developerName:
      c?.developerName === undefined || c.developerName === null ? '' : textOf(c.developerName, 'a channel name'),
  }));
}

export function workOf(raw: RawWork, details: WorkDetails | undefined): AgentWork {
  const workItemId = textOf(raw?.workItemId, 'a work item id');
  const isEngaged = flagOf(raw?.isEngaged);
  return {
    type: workTypeOf(workItemId),
    status: isEngaged ? 'Opened' : 'Assigned',
    ...details?.(workItemId),
    workId: textOf(raw?.workId, 'a work id'),
    workItemId,
    isEngaged,
  };
}

/** getAgentWorkload's answer; the interruptible pair only where the org has it (Lightning, Enhanced Omni-Channel). */
export function workloadOf(result: unknown): Workload {
  const w = (result ?? {}) as Record<string, unknown>;
  const configuredInterruptibleCapacity = optionalNumberOf(
    w['configuredInterruptibleCapacity'],
    'an interruptible capacity',
  );
  const currentInterruptibleWorkload = optionalNumberOf(w['currentInterruptibleWorkload'], 'an interruptible workload');
  return {
    configuredCapacity: numberOf(w['configuredCapacity'], 'a capacity'),
    currentWorkload: numberOf(w['currentWorkload'], 'a workload'),
    ...(configuredInterruptibleCapacity === undefined ? {} : { configuredInterruptibleCapacity }),
    ...(currentInterruptibleWorkload === undefined ? {} : { currentInterruptibleWorkload }),
  };
}
