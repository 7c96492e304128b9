import type { WorkDetails } from '../../../omni-mfe/console-side/adapters/console-normalize';
import type { OmniModel } from './omni-model';

/**
 * What the console knows of a work item beyond the toolkit's ids (subject, priority, deadline),
 * for the bridge page or the relay: the latest AgentWork of the record, found by the id's
 * case-sensitive 15-character prefix, so that Lightning's 18-character ids find it too.
 */
export function workDetailsOf(model: OmniModel): WorkDetails {
  return (workItemId) => {
    const key = String(workItemId).slice(0, 15);
    const work = [...model.agentWork].reverse().find((w) => w.workItemId === key);
    return work
      ? {
          type: work.type,
          label: work.subject,
          priority: work.priority,
          capacityWeight: work.capacityWeight,
          assignedAt: work.assignedAt,
          pushDeadline: work.pushDeadline,
          status: work.status,
        }
      : {};
  };
}
