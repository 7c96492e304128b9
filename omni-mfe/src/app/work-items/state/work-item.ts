import type { AgentWork, WorkType } from '@shared/protocol/console-data.schema';
import { workTypeOf } from '@shared/protocol/record-type';
import { workTypeLabel } from '../work-item-texts';

/** A work item as the panel shows it. */
export interface WorkItem {
  readonly workId: string;
  readonly workItemId: string;
  readonly type: WorkType;
  readonly label: string;
  readonly priority: number | null;
  /** Assigned: waiting for Accept or Decline. Opened: accepted, can be closed. */
  readonly status: 'Assigned' | 'Opened';
  readonly assignedAt: number | null;
  readonly pushDeadline: number | null;
  /** The console call in flight for this item; its buttons wait meanwhile. */
  readonly busy: 'accept' | 'decline' | 'close' | null;
}

/** From the console's AgentWork: the type from the data or the record id prefix, a label always. */
export function workItemFrom(work: AgentWork): WorkItem {
  const type = work.type ?? workTypeOf(work.workItemId);
  return {
    workId: work.workId,
    workItemId: work.workItemId,
    type,
    label: work.label?.trim() || `${workTypeLabel(type)} ${work.workItemId}`,
    priority: work.priority ?? null,
    status: work.isEngaged || work.status === 'Opened' ? 'Opened' : 'Assigned',
    assignedAt: work.assignedAt ?? null,
    pushDeadline: work.pushDeadline ?? null,
    busy: null,
  };
}

/** How messages name an item: Case “Printer on fire”. */
export function workItemName(item: Pick<WorkItem, 'type' | 'label'>): string {
  return $localize`:how messages name a work item, e.g. Case “Printer on fire”:${workTypeLabel(item.type)}:type: “${item.label}:label:”`;
}
