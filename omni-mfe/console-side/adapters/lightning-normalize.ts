import { presenceStatusSchema, type PresenceStatus } from '@shared/protocol/console-data.schema';
import { PRESENCE_CHANGE_REASONS, type EventPayload, type PresenceChangeReason } from '@shared/protocol/events.schema';
import * as v from 'valibot';
import { ConsoleCallError } from './console-adapter';
import { channelsOf, textOf } from './console-normalize';

/**
 * What only Lightning needs read: 15- vs 18-character ids, its Promise results (a resolved `false`
 * is a refusal), its reasons, the shapes documented one way and sampled another.
 */

/**
 * Salesforce ids are 15 characters, case-sensitive, plus a 3-character suffix in their
 * 18-character form. The org's list may hold 18 while events and published components use 15
 * (or the reverse), so ids are compared by their 15-character prefix.
 */
export function sameId(a: string, b: string): boolean {
  return a.slice(0, 15) === b.slice(0, 15);
}

/** The known status with the same id, so omni-mfe sees one form of each id: the org list's. */
export function findStatus(statusId: string, known: readonly PresenceStatus[]): PresenceStatus | undefined {
  return known.find((s) => sameId(s.statusId, statusId));
}

/** Runs a toolkit method; a rejection (or a throw) becomes a console error naming the method. */
export async function invoke<R>(what: string, run: () => Promise<R>): Promise<R> {
  let result: R;
  try {
    result = await run();
  } catch (err) {
    throw new ConsoleCallError('console', `The Salesforce console refused ${what}${detailOf(err)}.`);
  }
  // Documented to resolve to true; its own samples test `if (result)`: false is a refusal.
  if ((result as unknown) === false) throw new ConsoleCallError('console', `The Salesforce console refused ${what}.`);
  return result;
}

/** Lightning's errors are objects, strings or arrays of {message}: a short, readable detail. */
export function messageOf(err: unknown): string {
  if (typeof err === 'string') return err.slice(0, 300);
  if (Array.isArray(err)) return err.map(messageOf).filter(Boolean).join('; ').slice(0, 300);
  if (typeof err === 'object' && err !== null) {
    const m =
      (err as { message?: unknown }).message ??
      (err as { error?: unknown }).error ??
      (err as { description?: unknown }).description;
    if (m !== undefined && m !== err) return messageOf(m);
    try {
      return JSON.stringify(err).slice(0, 300);
    } catch {
      return '';
    }
  }
  return err === undefined || err === null ? '' : String(err).slice(0, 300);
}

/** The detail ends the sentence, so its own full stop goes (Salesforce's messages often end with one). */
function detailOf(err: unknown): string {
  const m = messageOf(err).replace(/[.\s]+$/, '');
  return m ? `: ${m}` : '';
}

/** Lightning's documented reasons pass through; an unknown one is `Unknown` (not ours). */
export function reasonOf(value: unknown): PresenceChangeReason | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return (PRESENCE_CHANGE_REASONS as readonly unknown[]).includes(value) ? (value as PresenceChangeReason) : 'Unknown';
}

/** A logout reason, passed through as text (bounded); none when the org sends none. */
export function logoutReasonOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value.slice(0, 100) : undefined;
}

/** `{key: JSON string | array}` as every sample reads it, or the bare array the reference documents. */
export function listIn(result: unknown, key: string): unknown {
  return Array.isArray(result) ? result : (result as Record<string, unknown> | null | undefined)?.[key];
}

/**
 * The org's presence statuses as the Aura shell's Apex method gives them: `{statusId, statusName,
 * statusApiName, channels?}` with channels as an array or a JSON string. Entries that cannot be
 * read are dropped and counted in the returned `dropped`, never guessed.
 */
export function statusesOf(list: unknown): { statuses: PresenceStatus[]; dropped: number } {
  if (!Array.isArray(list))
    throw new ConsoleCallError(
      'invalid-response',
      "The org's presence statuses are not a list: check the relay's Apex method.",
    );
  const statuses: PresenceStatus[] = [];
  for (const item of list as Record<string, unknown>[]) {
    try {
      const candidate = {
        statusId: textOf(item?.['statusId'], 'a status id'),
        statusName: textOf(item?.['statusName'], 'a status name'),
        statusApiName: textOf(item?.['statusApiName'], 'a status API name'),
        channels: channelsOf(item?.['channels']),
      };
      const checked = v.safeParse(presenceStatusSchema, candidate);
      if (checked.success) statuses.push(checked.output);
    } catch {
      // counted below
    }
  }
  return { statuses, dropped: list.length - statuses.length };
}

/**
 * omniChannelWorkFlagUpdated's params as a bridge event. `isFlagged` is documented as a Boolean
 * (a string "true"/"false" is read too); a role other than AGENT is someone else's doing, which
 * the event documents only as SUPERVISOR.
 */
export function flagChangeOf(p: Record<string, unknown>): EventPayload<'workFlagChanged'> {
  const flagged = p['isFlagged'];
  if (typeof flagged !== 'boolean' && flagged !== 'true' && flagged !== 'false')
    throw new ConsoleCallError('invalid-response', 'A work flag event without isFlagged: omni-mfe cannot read it.');
  const message = p['message'] === undefined || p['message'] === null ? '' : textOf(p['message'], 'a flag message');
  return {
    workId: textOf(p['workId'], 'a work id'),
    isFlagged: flagged === true || flagged === 'true',
    ...(message ? { message: message.slice(0, 1000) } : {}),
    role: p['roleUpdatedBy'] === 'AGENT' ? 'AGENT' : 'SUPERVISOR',
  };
}
