import type { PresenceStatus } from '@shared/protocol/console-data.schema';
import { keyPrefixOf } from '@shared/protocol/record-type';
import type { OrgConfig } from './org-config';
import { type AgentWorkRecord, type QueuedItem, type RouteInput, SimRefusal } from './omni-records';
import { ids, statusChanged, workloadChanged, type Loads } from './model-events';
import type { ToolkitEvent } from './toolkit-events';

/**
 * The simulated Omni-Channel org for one agent, as pure logic: presence bound to channels,
 * capacity, FIFO routing by priority, push timeouts, AgentWork statuses. Every operation
 * returns the toolkit events it causes, in the order the simulator fires them:
 * - status change: LOGIN_SUCCESS (when logging in), STATUS_CHANGED, then any assignments;
 * - assignment: WORK_ASSIGNED, WORKLOAD_CHANGED;
 * - accept: WORK_ACCEPTED (capacity is taken at assignment);
 * - decline / close: WORK_DECLINED / WORK_CLOSED, WORKLOAD_CHANGED, then routing;
 * - push timeout: WORKLOAD_CHANGED, STATUS_CHANGED (to the on-timeout status), then routing;
 * - logout: assigned items become Unavailable and go back to the queue; LOGOUT, then
 *   WORKLOAD_CHANGED to 0 whenever the agent had work (opened work stays, but an agent who is
 *   offline has no workload: Salesforce fires it "when the agent has gone offline");
 * - logging in again with opened work: WORKLOAD_CHANGED from 0, after STATUS_CHANGED.
 */
export class OmniModel {
  private statusId: string | null = null;
  private seq = 0;
  private readonly queueItems: QueuedItem[] = [];
  private readonly table: AgentWorkRecord[] = [];

  constructor(
    readonly config: OrgConfig,
    private readonly now: () => number,
  ) {}

  /** The agent's status, or null while logged out of Omni-Channel. */
  get status(): PresenceStatus | null {
    return this.config.statuses.find((s) => s.statusId === this.statusId) ?? null;
  }

  get queue(): readonly QueuedItem[] {
    return this.queueItems;
  }

  /** The whole AgentWork table, history included. */
  get agentWork(): readonly AgentWorkRecord[] {
    return this.table;
  }

  /** The agent's current work: assigned or opened. */
  get currentWork(): readonly AgentWorkRecord[] {
    return this.table.filter((w) => w.status === 'Assigned' || w.status === 'Opened');
  }

  /** The primary capacity the agent's work takes; none while offline. */
  get workload(): number {
    return this.load(false);
  }

  /** The interruptible capacity the agent's interruptible work takes (Enhanced Omni-Channel); none while offline. */
  get interruptibleWorkload(): number {
    return this.load(true);
  }

  private load(interruptible: boolean): number {
    if (this.statusId === null) return 0;
    return this.currentWork
      .filter((w) => !!w.interruptible === interruptible)
      .reduce((n, w) => n + w.capacityWeight, 0);
  }

  route(input: RouteInput): { workItemId: string; events: ToolkitEvent[] } {
    const workItemId = this.newId(keyPrefixOf(input.type));
    this.queueItems.push({ ...input, workItemId, seq: this.seq, refusedByAgent: false });
    return { workItemId, events: this.dispatch() };
  }

  setStatus(statusId: string): ToolkitEvent[] {
    const status = this.config.statuses.find((s) => s.statusId === statusId);
    if (!status) throw new SimRefusal(`No presence status ${statusId} is assigned to this agent.`);
    const loggingIn = this.statusId === null;
    // Nothing changes, so nothing fires (StatusChanged: "when the agent's presence status changes").
    if (statusId === this.statusId) return [];
    const events: ToolkitEvent[] = loggingIn ? [{ name: 'LOGIN_SUCCESS', payload: { statusId } }] : [];
    const before = this.loads();
    this.statusId = statusId;
    events.push(statusChanged(status));
    if (loggingIn) events.push(...this.workloadChange(before));
    return [...events, ...this.dispatch()];
  }

  logout(): ToolkitEvent[] {
    if (this.statusId === null) return [];
    const before = this.loads();
    this.statusId = null;
    for (const work of this.table.filter((w) => w.status === 'Assigned')) {
      work.status = 'Unavailable';
      this.requeue(work, false);
    }
    // WorkloadChanged fires "when the agent has gone offline", with work or without.
    return [{ name: 'LOGOUT', payload: {} }, ...this.workloadChange(before, true)];
  }

  accept(workId: string): ToolkitEvent[] {
    const work = this.assigned(workId, 'accept');
    work.status = 'Opened';
    return [{ name: 'WORK_ACCEPTED', payload: ids(work) }];
  }

  /** `reason` comes from the page as is: anything but a string (or none) is refused, never stored. */
  decline(workId: string, reason: unknown): ToolkitEvent[] {
    if (reason !== undefined && typeof reason !== 'string')
      throw new SimRefusal(`A decline reason must be text, not ${typeof reason}.`);
    const work = this.assigned(workId, 'decline');
    if (this.config.declineReasonRequired && !reason) throw new SimRefusal('A decline reason is required.');
    const before = this.loads();
    work.status = 'Declined';
    work.declineReason = reason;
    this.requeue(work, true);
    return [{ name: 'WORK_DECLINED', payload: ids(work) }, ...this.workloadChange(before), ...this.dispatch()];
  }

  /**
   * Closes opened work: by the toolkit's closeAgentWork, or by one of the other triggers
   * Salesforce documents for WorkClosed (close-triggers.ts), which check the org's capacity model.
   */
  close(workId: string): ToolkitEvent[] {
    const work = this.table.find((w) => w.workId === workId);
    if (!work || work.status !== 'Opened') throw new SimRefusal(`Work ${workId} is not open, so it cannot be closed.`);
    const before = this.loads();
    work.status = 'Closed';
    return [{ name: 'WORK_CLOSED', payload: ids(work) }, ...this.workloadChange(before), ...this.dispatch()];
  }

  /** Withdraws assigned items whose push deadline has passed. */
  tick(): ToolkitEvent[] {
    const expired = this.table.filter((w) => w.status === 'Assigned' && w.pushDeadline <= this.now());
    if (expired.length === 0) return [];
    const before = this.loads();
    for (const work of expired) {
      work.status = 'DeclinedOnPushTimeout';
      this.requeue(work, true);
    }
    const events = this.workloadChange(before);
    const onTimeout = this.config.statuses.find((s) => s.statusId === this.config.statusOnPushTimeoutId);
    if (onTimeout && this.statusId !== null && onTimeout.statusId !== this.statusId) {
      this.statusId = onTimeout.statusId;
      events.push(statusChanged(onTimeout));
    }
    return [...events, ...this.dispatch()];
  }

  /** Offers queued items to the agent: by priority, then first in first out, within capacity. */
  private dispatch(): ToolkitEvent[] {
    const status = this.status;
    if (!status) return [];
    const types = new Set(
      this.config.channels
        .filter((c) => status.channels.some((s) => s.channelId === c.channelId))
        .map((c) => c.workType),
    );
    const events: ToolkitEvent[] = [];
    const candidates = [...this.queueItems]
      .filter((q) => !q.refusedByAgent && types.has(q.type))
      .sort((a, b) => a.priority - b.priority || a.seq - b.seq);
    for (const item of candidates) {
      const [used, capacity] = item.interruptible
        ? [this.interruptibleWorkload, this.config.interruptibleCapacity]
        : [this.workload, this.config.capacity];
      if (used + item.capacityWeight > capacity) continue;
      const before = this.loads();
      this.queueItems.splice(this.queueItems.indexOf(item), 1);
      const now = this.now();
      const { workItemId, type, subject, priority, capacityWeight, interruptible } = item;
      const work: AgentWorkRecord = {
        workItemId,
        type,
        subject,
        priority,
        capacityWeight,
        ...(interruptible ? { interruptible } : {}),
        workId: this.newId('0Bz'),
        status: 'Assigned',
        assignedAt: now,
        pushDeadline: now + this.config.pushTimeoutMs,
      };
      this.table.push(work);
      events.push({ name: 'WORK_ASSIGNED', payload: ids(work) }, ...this.workloadChange(before));
      if (this.config.autoAccept) {
        // WorkAccepted fires also "when a work assignment is automatically accepted".
        work.status = 'Opened';
        events.push({ name: 'WORK_ACCEPTED', payload: ids(work) });
      }
    }
    return events;
  }

  private assigned(workId: string, what: string): AgentWorkRecord {
    const work = this.table.find((w) => w.workId === workId);
    if (!work) throw new SimRefusal(`There is no work ${workId} to ${what}.`);
    if (work.status !== 'Assigned')
      throw new SimRefusal(`Work ${workId} is ${work.status}, so it can no longer be ${what}ed.`);
    return work;
  }

  private requeue(work: AgentWorkRecord, refusedByAgent: boolean): void {
    const { workItemId, type, subject, priority, capacityWeight, interruptible } = work;
    const seq = ++this.seq;
    this.queueItems.push({ workItemId, type, subject, priority, capacityWeight, seq, refusedByAgent, interruptible });
  }

  private loads(): Loads {
    return { primary: this.workload, interruptible: this.interruptibleWorkload };
  }

  private workloadChange(before: Loads, always = false): ToolkitEvent[] {
    return workloadChanged(this.config, before, this.loads(), always);
  }

  private newId(prefix: string): string {
    return `${prefix}${String(++this.seq).padStart(15 - prefix.length, '0')}`;
  }
}
