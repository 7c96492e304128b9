import type { OmniModel } from '../model/omni-model';
import { statusChanged } from '../model/model-events';
import { SimRefusal } from '../model/omni-records';
import type { ToolkitEvent } from '../model/toolkit-events';
import type { SharedOrg } from './shared-org';

/**
 * The org as one console tab's Omni-Channel sees it: the whole org while this tab holds the
 * session (or no tab does), logged out while another tab holds it. Logging in here takes the
 * session (the other tab is logged out, shared-org.ts); work of the other tab's session can be
 * neither accepted nor declined nor closed from here. With one tab this is the model itself.
 */
export function tabView(model: OmniModel, org: SharedOrg): OmniModel {
  const elsewhere = () => !org.seesSession;
  const refuse = (what: string) => {
    throw new SimRefusal(`Omni-Channel is logged in in another console tab; log in here to ${what}.`);
  };
  const overrides: Partial<Record<keyof OmniModel, () => unknown>> = {
    status: () => (elsewhere() ? null : model.status),
    currentWork: () => (elsewhere() ? [] : model.currentWork),
    workload: () => (elsewhere() ? 0 : model.workload),
    interruptibleWorkload: () => (elsewhere() ? 0 : model.interruptibleWorkload),
    setStatus: () => (statusId: string) => logIn(model, org, statusId),
    logout: () => () => (elsewhere() ? [] : model.logout()),
    accept: () => (workId: string) => (elsewhere() ? refuse('accept work') : model.accept(workId)),
    decline: () => (workId: string, reason: unknown) =>
      elsewhere() ? refuse('decline work') : model.decline(workId, reason),
    close: () => (workId: string) => (elsewhere() ? refuse('close work') : model.close(workId)),
  };
  return new Proxy(model, {
    get(target, key, receiver) {
      const own = overrides[key as keyof OmniModel];
      if (own) return own();
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Sets the status from this tab. From a tab that did not hold the session, this is a login there:
 * it takes the session and reports LoginSuccess and StatusChanged even when the org's status stays.
 */
function logIn(model: OmniModel, org: SharedOrg, statusId: string): ToolkitEvent[] {
  const takingOver = !org.seesSession;
  if (takingOver && !model.config.statuses.some((s) => s.statusId === statusId))
    throw new SimRefusal(`No presence status ${statusId} is assigned to this agent.`);
  if (takingOver) org.takeSession();
  const events = model.setStatus(statusId);
  if (!takingOver) return events;
  const status = model.status!;
  const has = (name: ToolkitEvent['name']) => events.some((e) => e.name === name);
  return [
    ...(has('LOGIN_SUCCESS') ? [] : [{ name: 'LOGIN_SUCCESS' as const, payload: { statusId } }]),
    ...(has('STATUS_CHANGED') ? [] : [statusChanged(status)]),
    ...events,
  ];
}
