import type { OmniEvent } from '@shared/protocol/events.schema';
import { textOf, type RawWork } from './console-normalize';

/**
 * Console events, handled one at a time in the console's order, and the push-timeout rule both
 * adapters share. Neither toolkit has a push-timeout event: a timed-out item just leaves the
 * agent's work, the workload drops, and the status may change (presenceStatusOnPushTimeout). So
 * when the workload drops (or Lightning says OmniPushTimeout) while items are still assigned, the
 * agent's works are re-read and each assigned item that vanished is reported as `pushTimeout`.
 * Handling one event at a time keeps that re-read from reordering events.
 *
 * A bridge page or relay that (re)starts never saw the WORK_ASSIGNED of items offered before it:
 * it learns them from every read of the agent's works (omni-mfe reads them after each new session,
 * until a read succeeds), or their push timeouts would go unreported and the panel would keep
 * them for good.
 */
export class WorkEventSequence {
  /** Assigned items not yet accepted, declined or closed: workId → workItemId. */
  private readonly assigned = new Map<string, string>();
  /** Items seen accepted, declined or closed (the latest ones): a read older than that news cannot bring them back. */
  private readonly settled = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private timedOutRecently = false;

  constructor(
    private readonly emit: (event: OmniEvent) => void,
    private readonly readWorks: () => Promise<readonly RawWork[]>,
    private readonly where: string,
  ) {}

  /** Queues a handler; `afterTimeout` tells the event right after a detected push timeout. */
  run(handle: (afterTimeout: boolean) => void | Promise<void>): void {
    this.queue = this.queue
      .then(() => {
        const afterTimeout = this.timedOutRecently;
        this.timedOutRecently = false;
        return handle(afterTimeout);
      })
      .catch((err: unknown) => console.error(`${this.where}: a console event could not be relayed`, err));
  }

  assign(workId: string, workItemId: string): void {
    this.assigned.set(workId, workItemId);
  }

  /** Accepted, declined or closed: no longer a push-timeout candidate. */
  settle(workId: string): void {
    this.assigned.delete(workId);
    this.settled.add(workId);
    // Only recent news matters against a read in flight: keep the set small over a long shift.
    if (this.settled.size > 500) this.settled.delete(this.settled.values().next().value as string);
  }

  /**
   * The agent's works as a read found them. A (re)started relay or bridge has seen no WorkAssigned
   * for items routed before it started: without this, their push timeouts would go unreported.
   */
  remember(
    works: readonly { readonly workId: string; readonly workItemId: string; readonly isEngaged: boolean }[],
  ): void {
    for (const work of works)
      if (!work.isEngaged && !this.settled.has(work.workId)) this.assigned.set(work.workId, work.workItemId);
  }

  /** Logged out: nothing is assigned any more. */
  clear(): void {
    this.assigned.clear();
  }

  get hasAssigned(): boolean {
    return this.assigned.size > 0;
  }

  /** Reports the assigned items that are gone from the agent's works as push timeouts. */
  async reportTimeouts(): Promise<void> {
    const works = await this.readWorks().catch(() => null);
    const present = new Set(works ? works.map((w) => textOf(w?.workId, 'a work id')) : this.assigned.keys());
    for (const [workId, workItemId] of [...this.assigned]) {
      if (present.has(workId)) continue;
      this.assigned.delete(workId);
      this.timedOutRecently = true;
      this.emit({ type: 'pushTimeout', payload: { workId, workItemId } });
    }
  }
}
