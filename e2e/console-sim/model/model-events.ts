import type { PresenceStatus } from '@shared/protocol/console-data.schema';
import type { AgentWorkRecord } from './omni-records';
import type { OrgConfig } from './org-config';
import type { ToolkitEvent } from './toolkit-events';

/** The agent's primary and interruptible workload at one moment. */
export interface Loads {
  readonly primary: number;
  readonly interruptible: number;
}

/**
 * WORKLOAD_CHANGED from `before` to `after`, or none when nothing changed (`always`: fire anyway,
 * as on going offline). The interruptible pair is added when the org has interruptible capacity.
 */
export function workloadChanged(config: OrgConfig, before: Loads, after: Loads, always: boolean): ToolkitEvent[] {
  if (after.primary === before.primary && after.interruptible === before.interruptible && !always) return [];
  const interruptible =
    config.interruptibleCapacity > 0
      ? { PreviousInterruptibleWorkload: before.interruptible, NewInterruptibleWorkload: after.interruptible }
      : {};
  const payload = { ConfiguredCapacity: config.capacity, PreviousWorkload: before.primary, NewWorkload: after.primary };
  return [{ name: 'WORKLOAD_CHANGED', payload: { ...payload, ...interruptible } }];
}

export function statusChanged(status: PresenceStatus): ToolkitEvent {
  const { statusId, statusName, statusApiName, channels } = status;
  return {
    name: 'STATUS_CHANGED',
    payload: { statusId, statusName, statusApiName, channels: JSON.stringify(channels) },
  };
}

export function ids(work: AgentWorkRecord): { workItemId: string; workId: string } {
  return { workItemId: work.workItemId, workId: work.workId };
}
