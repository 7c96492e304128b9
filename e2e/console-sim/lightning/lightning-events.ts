import type { LogoutReason } from '@shared/protocol/events.schema';
import type { OmniToolkitEventName, OmniToolkitEvents } from '../../../omni-mfe/console-side/adapters/omni-toolkit';
import type { ToolkitEvent } from '../model/toolkit-events';
import type { FlagChange } from '../model/work-flags';
import { idOfLength } from './salesforce-ids';

/** Who changed the agent's presence: Lightning tells it in StatusChanged's `reason` (Winter '26 on). */
export type ChangeCause = 'toolkit' | 'agent' | 'supervisor' | 'push-timeout';

/**
 * The events the simulated toolkit fires: those omni-mfe's adapter types (omni-toolkit.ts), with
 * `lightning:omniChannelWorkFlagUpdated` narrowed to what the docs name (Salesforce Console
 * Developer Guide, sforce-api-console-events-omnichannelworkflagupdated; Component Reference
 * aura-omni-channel-work-flag-updated): the work id, whether the flag is raised, its message, and
 * who changed it (`roleUpdatedBy` AGENT or SUPERVISOR, `updatedBy` their user id).
 */
export interface SimulatedToolkitEvents extends OmniToolkitEvents {
  WorkFlagUpdated: {
    workId: string;
    isFlagged: boolean;
    message?: string;
    roleUpdatedBy: 'AGENT' | 'SUPERVISOR';
    updatedBy: string;
  };
}

export type SimulatedToolkitEventName = OmniToolkitEventName | 'WorkFlagUpdated';

export interface LightningEvent<N extends SimulatedToolkitEventName = SimulatedToolkitEventName> {
  readonly name: N;
  readonly params: SimulatedToolkitEvents[N];
}

const STATUS_REASONS: Readonly<Record<ChangeCause, string>> = {
  toolkit: 'OmniToolkitStatusChange',
  agent: 'OmniManualStatusChange',
  supervisor: 'OmniSupervisorStatusChange',
  'push-timeout': 'OmniPushTimeout',
};

export interface EventContext {
  readonly cause: ChangeCause;
  readonly logoutReason?: LogoutReason;
  /** Orgs before Winter '26 send no `reason` in StatusChanged. */
  readonly sendsReasons: boolean;
  readonly interruptibleCapacity: number;
  /** The length of the ids the org sends: 18 (the toolkit's usual form) or 15 (control API). */
  readonly idLength?: 15 | 18;
}

/**
 * The model's events (Classic's names and payloads) as `lightning:omniChannel*` events with
 * Lightning's shapes: 18-character ids, camel-case workload with its interruptible three, the
 * change's `reason`, and Logout's `reason`. A login by the agent is OmniLoginStatusChange.
 */
export function lightningEvents(events: readonly ToolkitEvent[], context: EventContext): LightningEvent[] {
  const loggingIn = events.some((e) => e.name === 'LOGIN_SUCCESS');
  const length = context.idLength ?? 18;
  const out = (id: string) => idOfLength(id, length);
  return events.map((event): LightningEvent => {
    switch (event.name) {
      case 'LOGIN_SUCCESS':
        return { name: 'LoginSuccess', params: { statusId: out(event.payload.statusId) } };
      case 'STATUS_CHANGED': {
        const { statusId, statusName, statusApiName, channels } = event.payload;
        // A login, by the agent or by a toolkit call, is reported as one (OmniLoginStatusChange).
        const reason = loggingIn ? 'OmniLoginStatusChange' : STATUS_REASONS[context.cause];
        return {
          name: 'StatusChanged',
          params: {
            statusId: out(statusId),
            statusName,
            statusApiName,
            channels: channels18(channels, length),
            ...(context.sendsReasons ? { reason } : {}),
          },
        };
      }
      case 'LOGOUT':
        return { name: 'Logout', params: context.logoutReason ? { reason: context.logoutReason } : {} };
      case 'WORKLOAD_CHANGED':
        return {
          name: 'WorkloadChanged',
          params: {
            configuredCapacity: event.payload.ConfiguredCapacity,
            previousWorkload: event.payload.PreviousWorkload,
            newWorkload: event.payload.NewWorkload,
            configuredInterruptibleCapacity: context.interruptibleCapacity,
            previousInterruptibleWorkload: event.payload.PreviousInterruptibleWorkload ?? 0,
            newInterruptibleWorkload: event.payload.NewInterruptibleWorkload ?? 0,
          },
        };
      default: {
        const name = WORK_EVENTS[event.name];
        return { name, params: { workItemId: out(event.payload.workItemId), workId: out(event.payload.workId) } };
      }
    }
  });
}

/** The simulated org's users, as WorkFlagUpdated's `updatedBy` names them. */
export const AGENT_USER_ID = '005000000000001';
export const SUPERVISOR_USER_ID = '005000000000002';

/** A flag's change as `lightning:omniChannelWorkFlagUpdated`, ids in the org's form (`out`). */
export function flagUpdated(change: FlagChange, out: (id: string) => string): LightningEvent<'WorkFlagUpdated'> {
  const { workId, isFlagged, message, role } = change;
  return {
    name: 'WorkFlagUpdated',
    params: {
      workId: out(workId),
      isFlagged,
      ...(message === undefined ? {} : { message }),
      roleUpdatedBy: role,
      updatedBy: out(role === 'AGENT' ? AGENT_USER_ID : SUPERVISOR_USER_ID),
    },
  };
}

const WORK_EVENTS = {
  WORK_ASSIGNED: 'WorkAssigned',
  WORK_ACCEPTED: 'WorkAccepted',
  WORK_DECLINED: 'WorkDeclined',
  WORK_CLOSED: 'WorkClosed',
} as const;

/** Channels as Lightning sends them: a JSON string, with 18-character channel ids (or 15, when the org sends those). */
export function channels18(
  channels: string | readonly { channelId: string; developerName: string }[],
  length: 15 | 18 = 18,
): string {
  const list =
    typeof channels === 'string' ? (JSON.parse(channels) as { channelId: string; developerName: string }[]) : channels;
  return JSON.stringify(
    list.map((c) => ({ channelId: idOfLength(c.channelId, length), developerName: c.developerName })),
  );
}
