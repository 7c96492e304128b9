import type { PresenceStatus } from '@shared/bridge/console-data.schema';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import { channelsOf, workOf, type WorkDetails } from './classic-normalize';
import type { SforceConsole, SforceEventListener, SforceRawWork } from './sforce-console';

/**
 * Turns `sforce.console.ConsoleEvent.PRESENCE.*` into bridge events, in the console's order.
 *
 * The toolkit has no push-timeout event: a timed-out item just leaves the agent's work, the
 * workload drops, and the status may change (presenceStatusOnPushTimeout). So when the workload
 * drops with no decline or close to explain it, the agent's works are re-read and each assigned
 * item that vanished is reported as `pushTimeout`, and a status change that follows is tagged
 * `OmniPushTimeout`. Events are handled one at a time so that this check cannot reorder them.
 */
export class ClassicEvents {
  private readonly assigned = new Map<string, string>();
  private readonly listeners: [string, SforceEventListener][] = [];
  private queue: Promise<void> = Promise.resolve();
  private timedOutRecently = false;

  constructor(
    private readonly console: SforceConsole,
    private readonly emit: (event: BridgeEvent) => void,
    private readonly readWorks: () => Promise<readonly SforceRawWork[]>,
    private readonly details: WorkDetails | undefined,
    private readonly knownStatus: (statusId: string) => PresenceStatus | null,
  ) {}

  start(): void {
    const e = this.console.ConsoleEvent.PRESENCE;
    this.on(e.LOGIN_SUCCESS, (r) => this.emit({ type: 'loggedIn', payload: { status: this.knownStatus(String(r['statusId'] ?? '')) } }));
    this.on(e.STATUS_CHANGED, (r, afterTimeout) => {
      const reason = afterTimeout ? ('OmniPushTimeout' as const) : undefined;
      this.emit({
        type: 'presenceChanged',
        payload: { statusId: String(r['statusId']), statusName: String(r['statusName'] ?? ''), statusApiName: String(r['statusApiName'] ?? ''), channels: channelsOf(r['channels'] as string), ...(reason ? { reason } : {}) },
      });
    });
    for (const logout of [e.LOGOUT, e.SFDC_LOGOUT]) {
      if (logout) this.on(logout, () => {
        this.assigned.clear();
        this.emit({ type: 'loggedOut', payload: {} });
      });
    }
    this.on(e.WORK_ASSIGNED, (r) => {
      const work = workOf({ workId: String(r['workId']), workItemId: String(r['workItemId']), isEngaged: false }, this.details);
      this.assigned.set(work.workId, work.workItemId);
      this.emit({ type: 'workAssigned', payload: work });
    });
    for (const [name, type] of [[e.WORK_ACCEPTED, 'workAccepted'], [e.WORK_DECLINED, 'workDeclined'], [e.WORK_CLOSED, 'workClosed']] as const) {
      this.on(name, (r) => {
        this.assigned.delete(String(r['workId']));
        this.emit({ type, payload: { workId: String(r['workId']), workItemId: String(r['workItemId']) } });
      });
    }
    this.on(e.WORKLOAD_CHANGED, async (r) => {
      const previous = Number(r['PreviousWorkload']);
      const next = Number(r['NewWorkload']);
      if (next < previous && this.assigned.size > 0) await this.reportTimeouts();
      this.emit({ type: 'workloadChanged', payload: { configuredCapacity: Number(r['ConfiguredCapacity']), previousWorkload: previous, newWorkload: next } });
    });
  }

  stop(): void {
    for (const [name, listener] of this.listeners) this.console.removeEventListener?.(name, listener);
    this.listeners.length = 0;
  }

  private async reportTimeouts(): Promise<void> {
    const present = new Set((await this.readWorks().catch(() => null))?.map((w) => String(w.workId)) ?? this.assigned.keys());
    for (const [workId, workItemId] of [...this.assigned]) {
      if (present.has(workId)) continue;
      this.assigned.delete(workId);
      this.timedOutRecently = true;
      this.emit({ type: 'pushTimeout', payload: { workId, workItemId } });
    }
  }

  /** Handlers run one after another; `afterTimeout` tells the one right after a detected push timeout. */
  private on(name: string, handle: (result: Record<string, unknown>, afterTimeout: boolean) => void | Promise<void>): void {
    const listener: SforceEventListener = (result) => {
      this.queue = this.queue
        .then(() => {
          const afterTimeout = this.timedOutRecently;
          this.timedOutRecently = false;
          return handle(result ?? {}, afterTimeout);
        })
        .catch((err: unknown) => console.error('omni bridge: a console event could not be relayed', err));
    };
    this.listeners.push([name, listener]);
    this.console.addEventListener(name, listener);
  }
}
