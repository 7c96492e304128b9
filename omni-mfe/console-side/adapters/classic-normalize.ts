import type { PresenceStatus } from '@shared/protocol/console-data.schema';
import { ConsoleCallError } from './console-adapter';
import { channelsOf, flagOf, textOf } from './console-normalize';
import type { SforceResult, SforceStatusResult } from './sforce-console';

/** Calls a callback-style toolkit method as a promise; `success: false` becomes a ConsoleCallError. */
export function call<R extends SforceResult>(
  what: string,
  invoke: (callback: (result: R) => void) => void,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    try {
      // `success` may arrive as "false", which is truthy: read it as a flag.
      invoke((result) =>
        flagOf(result?.success)
          ? resolve(result)
          : reject(new ConsoleCallError('console', `The Salesforce console refused ${what}.`)),
      );
    } catch (err) {
      reject(
        new ConsoleCallError('console', `The Salesforce console could not run ${what}: ${(err as Error).message}`),
      );
    }
  });
}

/** A status result, with names from the known statuses when the console left them out. */
export function statusOf(result: SforceStatusResult, known: readonly PresenceStatus[]): PresenceStatus {
  const statusId = result.statusId === undefined ? '' : textOf(result.statusId, 'a status id');
  const meta = known.find((s) => s.statusId === statusId);
  return {
    statusId,
    statusName:
      result.statusName === undefined ? (meta?.statusName ?? statusId) : textOf(result.statusName, 'a status name'),
    statusApiName:
      result.statusApiName === undefined
        ? (meta?.statusApiName ?? statusId)
        : textOf(result.statusApiName, 'a status API name'),
    channels: result.channels !== undefined ? channelsOf(result.channels) : (meta?.channels ?? []),
  };
}
