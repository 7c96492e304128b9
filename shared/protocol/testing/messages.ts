import type { OmniEvent } from '../events.schema';
import type { RequestType } from '../requests.schema';

/* Bridge message fixtures, one home for the specs of both ends. */

/** The Available status of the simulated org, as the bridge carries it. */
export const AVAILABLE = {
  statusId: '0N5000000000001',
  statusName: 'Available',
  statusApiName: 'Available',
  channels: [{ channelId: '0N9000000000001', developerName: 'Cases' }],
};
export const WORK_REF = { workId: '0Bz000000000001', workItemId: '500000000000001' };

/** One valid parameter object per request type. */
export const VALID_PARAMS: Record<RequestType, unknown> = {
  logout: {},
  setPresence: { statusId: AVAILABLE.statusId },
  getPresence: {},
  getStatuses: {},
  getAgentWorks: {},
  acceptWork: { workId: WORK_REF.workId },
  declineWork: { workId: WORK_REF.workId, reason: 'Busy with a call' },
  closeWork: { workId: WORK_REF.workId },
  getWorkload: {},
  openRecord: { workItemId: WORK_REF.workItemId },
  raiseFlag: { workId: WORK_REF.workId, message: 'Customer asks for a refund' },
  lowerFlag: { workId: WORK_REF.workId },
};

/** One valid event per event type. */
export const VALID_EVENTS: OmniEvent[] = [
  { type: 'presenceChanged', payload: { ...AVAILABLE, reason: 'OmniManualStatusChange' } },
  { type: 'loggedIn', payload: { status: AVAILABLE } },
  { type: 'loggedOut', payload: {} },
  {
    type: 'workAssigned',
    payload: { ...WORK_REF, isEngaged: false, type: 'Case', label: 'Printer on fire', priority: 1, status: 'Assigned' },
  },
  { type: 'workAccepted', payload: WORK_REF },
  { type: 'workDeclined', payload: WORK_REF },
  { type: 'workClosed', payload: WORK_REF },
  { type: 'workloadChanged', payload: { configuredCapacity: 10, previousWorkload: 0, newWorkload: 2 } },
  { type: 'pushTimeout', payload: WORK_REF },
  { type: 'workFlagChanged', payload: { workId: WORK_REF.workId, isFlagged: false, role: 'SUPERVISOR' } },
  { type: 'connectionError', payload: { message: 'Omni-Channel lost its connection' } },
];
