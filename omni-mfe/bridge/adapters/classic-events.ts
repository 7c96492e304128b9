import type { PresenceStatus } from '@shared/bridge/console-data.schema';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import { channelsOf, numberOf, textOf, workOf, type RawWork, type WorkDetails } from './console-normalize';
import type { OwnChanges } from './own-changes';
import type { SforceConsole, SforceEventListener } from './sforce-console';
import { WorkEventSequence } from './work-event-sequence';

/**
 * Turns `sforce.console.ConsoleEvent.PRESENCE.*` into bridge events, in the console's order.
 * Push timeouts are found as WorkEventSequence describes; a status change right after one is
 * tagged `OmniPushTimeout`. Like Lightning's reasons, status changes that the bridge's own calls
 * cause are tagged `OmniToolkitStatusChange` (others `Unknown`, as OwnChanges tells them), so
 * omni-mfe never mistakes its echo for the agent's choice.
 */
export class ClassicEvents {
  private readonly listeners: [string, SforceEventListener][] = [];
  private readonly sequence: WorkEventSequence;

  constructor(
    private readonly console: SforceConsole,
    private readonly emit: (event: BridgeEvent) => void,
    readWorks: () => Promise<readonly RawWork[]>,
    private readonly details: WorkDetails | undefined,
    private readonly knownStatus: (statusId: string) => PresenceStatus | null,
    private readonly own: OwnChanges,
  ) {
    this.sequence = new WorkEventSequence(emit, readWorks, 'omni bridge');
  }

  start(): void {
    const e = this.console.ConsoleEvent.PRESENCE;
    const seq = this.sequence;
    this.on(e.LOGIN_SUCCESS, (r) =>
      this.emit({
        type: 'loggedIn',
        payload: { status: this.knownStatus(textOf(r['statusId'] ?? '', 'a status id')) },
      }),
    );
    this.on(e.STATUS_CHANGED, (r, afterTimeout) => {
      const statusId = textOf(r['statusId'], 'a status id');
      const reason = this.own.claim(statusId)
        ? 'OmniToolkitStatusChange'
        : afterTimeout
          ? 'OmniPushTimeout'
          : 'Unknown';
      this.emit({
        type: 'presenceChanged',
        payload: {
          statusId,
          statusName: String(r['statusName'] ?? ''),
          statusApiName: String(r['statusApiName'] ?? ''),
          channels: channelsOf(r['channels']),
          reason,
        },
      });
    });
    for (const logout of [e.LOGOUT, e.SFDC_LOGOUT]) {
      if (logout)
        this.on(logout, () => {
          seq.clear();
          this.emit({
            type: 'loggedOut',
            payload: { reason: this.own.claim('Offline') ? 'OmniToolkitStatusChange' : 'Unknown' },
          });
        });
    }
    this.on(e.WORK_ASSIGNED, (r) => {
      const work = workOf({ workId: r['workId'], workItemId: r['workItemId'], isEngaged: false }, this.details);
      seq.assign(work.workId, work.workItemId);
      this.emit({ type: 'workAssigned', payload: work });
    });
    for (const [name, type] of [
      [e.WORK_ACCEPTED, 'workAccepted'],
      [e.WORK_DECLINED, 'workDeclined'],
      [e.WORK_CLOSED, 'workClosed'],
    ] as const) {
      this.on(name, (r) => {
        const ids = { workId: textOf(r['workId'], 'a work id'), workItemId: textOf(r['workItemId'], 'a work item id') };
        seq.settle(ids.workId);
        this.emit({ type, payload: ids });
      });
    }
    this.on(e.WORKLOAD_CHANGED, async (r) => {
      const previous = numberOf(r['PreviousWorkload'], 'a workload');
      const next = numberOf(r['NewWorkload'], 'a workload');
      if (next < previous && seq.hasAssigned) await seq.reportTimeouts();
      this.emit({
        type: 'workloadChanged',
        payload: {
          configuredCapacity: numberOf(r['ConfiguredCapacity'], 'a capacity'),
          previousWorkload: previous,
          newWorkload: next,
        },
      });
    });
  }

  /** The works a read found (see WorkEventSequence.remember): a reloaded bridge page starts knowing none. */
  remember(
    works: readonly { readonly workId: string; readonly workItemId: string; readonly isEngaged: boolean }[],
  ): void {
    this.sequence.remember(works);
  }

  stop(): void {
    for (const [name, listener] of this.listeners) this.console.removeEventListener?.(name, listener);
    this.listeners.length = 0;
  }

  private on(
    name: string,
    handle: (result: Record<string, unknown>, afterTimeout: boolean) => void | Promise<void>,
  ): void {
    const listener: SforceEventListener = (result) =>
      this.sequence.run((afterTimeout) => handle(result ?? {}, afterTimeout));
    this.listeners.push([name, listener]);
    this.console.addEventListener(name, listener);
  }
}
