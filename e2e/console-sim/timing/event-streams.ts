import type { LightningEvent } from '../lightning/lightning-events';
import type { ToolkitEvent } from '../model/toolkit-events';

/**
 * The ordered streams of Omni-Channel's events, for the adverse profile (delivery-plan.ts): the
 * agent's presence (login, status, logout), each work item's life, its flag, the workload, and the
 * connection. Salesforce documents no order between events; the simulator assumes a loaded org
 * keeps each stream's order and may mix the streams.
 */
export function streamOfModelEvent(event: ToolkitEvent): string {
  switch (event.name) {
    case 'LOGIN_SUCCESS':
    case 'STATUS_CHANGED':
    case 'LOGOUT':
      return 'presence';
    case 'WORKLOAD_CHANGED':
      return 'workload';
    default:
      return `work ${event.payload.workId}`;
  }
}

/** Two workload changes as one: from the first's previous workload to the second's new one. */
export function mergeModelWorkload(first: ToolkitEvent, second: ToolkitEvent): ToolkitEvent | null {
  if (first.name !== 'WORKLOAD_CHANGED' || second.name !== 'WORKLOAD_CHANGED') return null;
  return { name: 'WORKLOAD_CHANGED', payload: { ...second.payload, PreviousWorkload: first.payload.PreviousWorkload } };
}

export function streamOfLightningEvent(event: LightningEvent): string {
  const params = event.params as { workId?: unknown };
  switch (event.name) {
    case 'LoginSuccess':
    case 'StatusChanged':
    case 'Logout':
      return 'presence';
    case 'WorkloadChanged':
      return 'workload';
    case 'ConnectionError':
      return 'connection';
    case 'WorkFlagUpdated':
      return `flag ${String(params.workId)}`;
    default:
      return `work ${String(params.workId)}`;
  }
}

export function mergeLightningWorkload(first: LightningEvent, second: LightningEvent): LightningEvent | null {
  if (first.name !== 'WorkloadChanged' || second.name !== 'WorkloadChanged') return null;
  const a = first.params as LightningEvent<'WorkloadChanged'>['params'];
  const b = second.params as LightningEvent<'WorkloadChanged'>['params'];
  return {
    name: 'WorkloadChanged',
    params: {
      ...b,
      previousWorkload: a.previousWorkload,
      ...(a.previousInterruptibleWorkload === undefined
        ? {}
        : { previousInterruptibleWorkload: a.previousInterruptibleWorkload }),
    },
  };
}
