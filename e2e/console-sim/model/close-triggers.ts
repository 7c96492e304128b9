import type { OmniModel } from './omni-model';
import { SimRefusal } from './omni-records';
import type { ToolkitEvent } from './toolkit-events';

/**
 * What else closes work besides closeAgentWork. Salesforce documents WorkClosed as fired "when an
 * agent closes a work item's tab in the console (tab-based capacity model), when after-conversation
 * work elapses, or when a work item reaches a Completed status (status-based capacity model)"
 * (Component Reference aura-omni-channel-work-closed; Salesforce Console Developer Guide
 * sforce-api-console-events-omnichannelworkclosed).
 */
export type CloseTrigger = 'tab-closed' | 'completed-status' | 'after-conversation-work';

/**
 * Closes the agent's opened work on a record by `trigger`; none when the org's capacity model
 * does not close work that way (a closed tab under status-based capacity, a Completed status under
 * tab-based capacity: the work stays open).
 */
export function closeByTrigger(model: OmniModel, workItemId: string, trigger: CloseTrigger): ToolkitEvent[] {
  const work = model.currentWork.find((w) => w.workItemId === workItemId.slice(0, 15));
  if (!work || work.status !== 'Opened') {
    if (trigger === 'tab-closed') return [];
    throw new SimRefusal(`The agent has no opened work on ${workItemId}.`);
  }
  const model_ = model.config.capacityModel;
  if (trigger === 'tab-closed' && model_ !== 'tab-based') return [];
  if (trigger === 'completed-status' && model_ !== 'status-based') return [];
  return model.close(work.workId);
}
