import type { LogoutReason } from '@shared/bridge/events.schema';
import type { OmniToolkitEventName, OmniToolkitEvents } from '../../../omni-mfe/bridge/adapters/omni-toolkit';
import type { ToolkitEvent } from '../model/toolkit-events';
import { to18 } from './salesforce-ids';

/** Who changed the agent's presence: Lightning tells it in StatusChanged's `reason` (Winter '26 on). */
export type ChangeCause = 'toolkit' | 'agent' | 'supervisor' | 'push-timeout';

export interface LightningEvent<N extends OmniToolkitEventName = OmniToolkitEventName> {
  readonly name: N;
  readonly params: OmniToolkitEvents[N];
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
}

/**
 * The model's events (Classic's names and payloads) as `lightning:omniChannel*` events with
 * Lightning's shapes: 18-character ids, camel-case workload with its interruptible three, the
 * change's `reason`, and Logout's `reason`. A login by the agent is OmniLoginStatusChange.
 */
export function lightningEvents(events: readonly ToolkitEvent[], context: EventContext): LightningEvent[] {
  const loggingIn = events.some((e) => e.name === 'LOGIN_SUCCESS');
  return events.map((event): LightningEvent => {
    switch (event.name) {
      case 'LOGIN_SUCCESS':
        return { name: 'LoginSuccess', params: { statusId: to18(event.payload.statusId) } };
      case 'STATUS_CHANGED': {
        const { statusId, statusName, statusApiName, channels } = event.payload;
        const reason = loggingIn && context.cause === 'agent' ? 'OmniLoginStatusChange' : STATUS_REASONS[context.cause];
        return {
          name: 'StatusChanged',
          params: {
            statusId: to18(statusId),
            statusName,
            statusApiName,
            channels: channels18(channels),
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
            // The simulated org routes no interruptible work (e2e/console-sim/model/omni-model.ts).
            configuredInterruptibleCapacity: context.interruptibleCapacity,
            previousInterruptibleWorkload: 0,
            newInterruptibleWorkload: 0,
          },
        };
      default: {
        const name = WORK_EVENTS[event.name];
        return { name, params: { workItemId: to18(event.payload.workItemId), workId: to18(event.payload.workId) } };
      }
    }
  });
}

const WORK_EVENTS = {
  WORK_ASSIGNED: 'WorkAssigned',
  WORK_ACCEPTED: 'WorkAccepted',
  WORK_DECLINED: 'WorkDeclined',
  WORK_CLOSED: 'WorkClosed',
} as const;

/** Channels as Lightning sends them: a JSON string, with 18-character channel ids. */
export function channels18(channels: string | readonly { channelId: string; developerName: string }[]): string {
  const list =
    typeof channels === 'string' ? (JSON.parse(channels) as { channelId: string; developerName: string }[]) : channels;
  return JSON.stringify(list.map((c) => ({ channelId: to18(c.channelId), developerName: c.developerName })));
}
