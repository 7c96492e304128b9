import { TestBed } from '@angular/core/testing';
import { Subject, throwError, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { BridgeEvent } from '@shared/bridge/events.schema';
import type { RequestType } from '@shared/bridge/requests.schema';
import { BridgeError } from '../../console-bridge/bridge-error';
import { ConsoleBridge } from '../../console-bridge/console-bridge';
import { ConsoleBridgeActions } from './connection.actions';
import { connectBridge, relayPresenceEvents, resyncOnConnect } from './connection.effects';

const anyTime = jasmine.any(Number) as unknown as number;

describe('connection effects', () => {
  const status = { statusId: '0N5000000000001', statusName: 'Available', statusApiName: 'Available', channels: [] };
  let scheduler: TestScheduler;

  beforeEach(() => (scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected))));

  function provideBridge(bridge: Partial<Record<keyof ConsoleBridge, unknown>>) {
    TestBed.configureTestingModule({ providers: [{ provide: ConsoleBridge, useValue: bridge }] });
  }

  it('opens the bridge after the first render and reports each status', () => {
    const connect = jasmine.createSpy('connect');
    scheduler.run(({ cold, expectObservable }) => {
      const state$ = cold('a-b', { a: { status: 'connecting', adapter: null, attempts: 0 }, b: { status: 'connected', adapter: 'simulator', attempts: 0 } });
      provideBridge({ connect, state$ });
      const effect$ = TestBed.runInInjectionContext(() => connectBridge());
      expectObservable(effect$).toBe('a-b', {
        a: ConsoleBridgeActions.statusChanged({ state: { status: 'connecting', adapter: null, attempts: 0 } }),
        b: ConsoleBridgeActions.statusChanged({ state: { status: 'connected', adapter: 'simulator', attempts: 0 } }),
      });
      expect(connect).not.toHaveBeenCalled();
    });
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('reads the console\'s truth on every new session, and only the latest read counts', () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      const resync$ = hot('-r-r----r', { r: undefined });
      const answers: Record<RequestType, unknown> = {
        getPresence: { loggedIn: true, status },
        getStatuses: { statuses: [status] },
        getAgentWorks: { works: [] },
        getWorkload: { configuredCapacity: 10, currentWorkload: 0 },
      } as Record<RequestType, unknown>;
      const request = (type: RequestType): Observable<unknown> => cold('--x|', { x: answers[type] });
      provideBridge({ resync$, request });
      const effect$ = TestBed.runInInjectionContext(() => resyncOnConnect());
      const resynced = ConsoleBridgeActions.resynced({ snapshot: { loggedIn: true, status, statuses: [status], works: [], workload: { configuredCapacity: 10, currentWorkload: 0 } }, at: anyTime });
      // The read begun at frame 1 is dropped when the session of frame 3 begins; a read takes 3 frames.
      expectObservable(effect$).toBe('------a----a', { a: resynced });
    });
  });

  it('reports a failed resync with the console\'s message', () => {
    scheduler.run(({ hot, cold, expectObservable }) => {
      const resync$ = hot('-r', { r: undefined });
      const request = (type: RequestType) => (type === 'getAgentWorks' ? throwError(() => new BridgeError('timeout', 'The console did not answer getAgentWorks within 10 s.')) : cold('-x|', { x: {} }));
      provideBridge({ resync$, request });
      const effect$ = TestBed.runInInjectionContext(() => resyncOnConnect());
      expectObservable(effect$).toBe('-a', { a: ConsoleBridgeActions.resyncFailed({ message: 'The console did not answer getAgentWorks within 10 s.' }) });
    });
  });

  it('relays presence events as actions and leaves work events to their own effects', () => {
    const events$ = new Subject<BridgeEvent>();
    provideBridge({ events$ });
    const actions: unknown[] = [];
    TestBed.runInInjectionContext(() => relayPresenceEvents()).subscribe((a) => actions.push(a));
    events$.next({ type: 'presenceChanged', payload: { ...status, reason: 'OmniManualStatusChange' } });
    events$.next({ type: 'workAccepted', payload: { workId: '0Bz000000000001', workItemId: '500000000000001' } });
    events$.next({ type: 'loggedOut', payload: {} });
    events$.next({ type: 'workloadChanged', payload: { configuredCapacity: 10, previousWorkload: 2, newWorkload: 0 } });
    expect(actions).toEqual([
      ConsoleBridgeActions.presenceChanged({ presence: { ...status, reason: 'OmniManualStatusChange' }, at: anyTime }),
      ConsoleBridgeActions.loggedOut({ reason: undefined, at: anyTime }),
      ConsoleBridgeActions.workloadChanged({ workload: { configuredCapacity: 10, previousWorkload: 2, newWorkload: 0 }, at: anyTime }),
    ]);
  });
});
