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
 *
 * Like Lightning's reasons, status changes that the bridge's own calls cause are tagged
 * `OmniToolkitStatusChange` (others `Unknown`), so omni-mfe never mistakes its echo for the
 * agent's choice: a change to a status we are setting counts as ours while the call is in flight
 * and for `OWN_ECHO_WINDOW_MS` after its callback.
 */
export const OWN_ECHO_WINDOW_MS = 1000;

export class ClassicEvents {
  private readonly assigned = new Map<string, string>();
  private readonly listeners: [string, SforceEventListener][] = [];
  private queue: Promise<void> = Promise.resolve();
  private timedOutRecently = false;
  /** Statuses (or `Offline` for logout) our calls are setting, with when the expectation lapses. */
  private readonly own = new Map<string, number>();

  constructor(
    private readonly console: SforceConsole,
    private readonly emit: (event: BridgeEvent) => void,
    private readonly readWorks: () => Promise<readonly SforceRawWork[]>,
    private readonly details: WorkDetails | undefined,
    private readonly knownStatus: (statusId: string) => PresenceStatus | null,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** A call of ours is about to set `key` (a status id, or `Offline` for logout). */
  expectOwn(key: string): void {
    this.own.set(key, Infinity);
  }

  /** That call has called back: its change may still be on its way, briefly. */
  ownSettled(key: string): void {
    if (this.own.has(key)) this.own.set(key, this.now() + OWN_ECHO_WINDOW_MS);
  }

  private isOwn(key: string): boolean {
    const until = this.own.get(key);
    if (until === undefined) return false;
    this.own.delete(key);
    return until >= this.now();
  }

  start(): void {
    const e = this.console.ConsoleEvent.PRESENCE;
    this.on(e.LOGIN_SUCCESS, (r) => this.emit({ type: 'loggedIn', payload: { status: this.knownStatus(String(r['statusId'] ?? '')) } }));
    this.on(e.STATUS_CHANGED, (r, afterTimeout) => {
      const statusId = String(r['statusId']);
      const reason = this.isOwn(statusId) ? 'OmniToolkitStatusChange' : afterTimeout ? 'OmniPushTimeout' : 'Unknown';
      this.emit({
        type: 'presenceChanged',
        payload: { statusId, statusName: String(r['statusName'] ?? ''), statusApiName: String(r['statusApiName'] ?? ''), channels: channelsOf(r['channels'] as string), reason },
      });
    });
    for (const logout of [e.LOGOUT, e.SFDC_LOGOUT]) {
      if (logout) this.on(logout, () => {
        this.assigned.clear();
        this.emit({ type: 'loggedOut', payload: { reason: this.isOwn('Offline') ? 'OmniToolkitStatusChange' : 'Unknown' } });
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
