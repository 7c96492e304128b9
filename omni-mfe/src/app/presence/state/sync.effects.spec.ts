import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { BridgeError } from '../../console-bridge/bridge-error';
import { ConsoleBridge } from '../../console-bridge/console-bridge';
import { OMNI_PROPS } from '../../props/omni-props.token';
import type { SyncWrite } from '../sync/sync-core';
import { presenceFeature } from './presence.feature';
import { selectSyncWrites } from './presence.selectors';
import { PresenceSyncActions } from './sync.actions';
import { requestWrites, writeDc, writeOmni } from './sync.effects';

describe('presence sync effects', () => {
  const anyTime = jasmine.any(Number) as unknown as number;
  const busy = { statusId: '0N5000000000003', statusName: 'Busy', statusApiName: 'Busy', channels: [] };
  const available = { statusId: '0N5000000000001', statusName: 'Available', statusApiName: 'Available', channels: [] };
  const omni = (value: string): SyncWrite => ({ side: 'omni', value });
  let scheduler: TestScheduler;
  let actions$: Observable<unknown>;
  let requests: [string, unknown][];
  let setDcState: jasmine.Spy;

  function setup(request: (type: string, params: unknown) => Observable<unknown>) {
    requests = [];
    setDcState = jasmine.createSpy('setDcState').and.returnValue(Promise.resolve());
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore(),
        { provide: ConsoleBridge, useValue: { request: (t: string, p: unknown) => (requests.push([t, p]), request(t, p)) } },
        { provide: OMNI_PROPS, useValue: { setDcState } },
      ],
    });
    TestBed.inject(MockStore).overrideSelector(presenceFeature.selectStatuses, [available, busy]);
  }

  beforeEach(() => (scheduler = new TestScheduler((a, e) => expect(a).toEqual(e))));
  // Overridden selectors are the module's own memoized ones: put them back for other specs.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('claims the writes the state asks for, and nothing while it asks for none', () => {
    setup(() => throwError(() => new Error('unused')));
    const store = TestBed.inject(MockStore);
    const selector = store.overrideSelector(selectSyncWrites, []);
    const seen: unknown[] = [];
    TestBed.runInInjectionContext(() => requestWrites()).subscribe((a) => seen.push(a));
    selector.setResult([omni('Busy')]);
    store.refreshState();
    expect(seen).toEqual([PresenceSyncActions.writesRequested({ writes: [omni('Busy')] })]);
  });

  it('writes Omni statuses in order, one after the other, by status id', () => {
    scheduler.run(({ hot, cold, expectObservable }) => {
      setup(() => cold('--r|', { r: {} }));
      actions$ = hot('-a-b', {
        a: PresenceSyncActions.writesRequested({ writes: [omni('Busy')] }),
        b: PresenceSyncActions.writesRequested({ writes: [omni('Available')] }),
      });
      const effect$ = TestBed.runInInjectionContext(() => writeOmni());
      expectObservable(effect$).toBe('---a--b', {
        a: PresenceSyncActions.writeSucceeded({ write: omni('Busy'), at: anyTime }),
        b: PresenceSyncActions.writeSucceeded({ write: omni('Available'), at: anyTime }),
      });
    });
    expect(requests).toEqual([
      ['setPresence', { statusId: busy.statusId }],
      ['setPresence', { statusId: available.statusId }],
    ]);
  });

  it('logs out of Omni-Channel for Offline', () => {
    scheduler.run(({ hot, cold, expectObservable }) => {
      setup(() => cold('-r|', { r: {} }));
      actions$ = hot('-a', { a: PresenceSyncActions.writesRequested({ writes: [omni('Offline')] }) });
      expectObservable(TestBed.runInInjectionContext(() => writeOmni())).toBe('--a', { a: PresenceSyncActions.writeSucceeded({ write: omni('Offline'), at: anyTime }) });
    });
    expect(requests).toEqual([['logout', {}]]);
  });

  it('a refused write fails for good; one lost with the connection is to be retried', () => {
    scheduler.run(({ hot, expectObservable }) => {
      let n = 0;
      setup(() => throwError(() => (n++ === 0 ? new BridgeError('console', 'The Salesforce console refused setServicePresenceStatus.') : new BridgeError('disconnected', 'gone'))));
      actions$ = hot('-a-b', {
        a: PresenceSyncActions.writesRequested({ writes: [omni('Busy')] }),
        b: PresenceSyncActions.writesRequested({ writes: [omni('Available')] }),
      });
      expectObservable(TestBed.runInInjectionContext(() => writeOmni())).toBe('-a-b', {
        a: PresenceSyncActions.writeFailed({ write: omni('Busy'), message: 'Omni-Channel could not be set to Busy: The Salesforce console refused setServicePresenceStatus.', retry: false, at: anyTime }),
        b: PresenceSyncActions.writeFailed({ write: omni('Available'), message: 'Omni-Channel could not be set to Available: gone', retry: true, at: anyTime }),
      });
    });
  });

  it('sets DC states through the shell\'s setDcState, and reports its refusal', async () => {
    setup(() => throwError(() => new Error('unused')));
    const { Subject } = await import('rxjs');
    const subject = new Subject<unknown>();
    actions$ = subject;
    const seen: unknown[] = [];
    TestBed.runInInjectionContext(() => writeDc()).subscribe((a) => seen.push(a));
    subject.next(PresenceSyncActions.writesRequested({ writes: [{ side: 'dc', value: 'not-ready:break' }] }));
    await new Promise((r) => setTimeout(r));
    setDcState.and.returnValue(Promise.reject(new Error('The agent is not logged in to Desktop Connect.')));
    subject.next(PresenceSyncActions.writesRequested({ writes: [{ side: 'dc', value: 'ready' }] }));
    await new Promise((r) => setTimeout(r));
    expect(setDcState.calls.allArgs()).toEqual([['not-ready', 'break'], ['ready', undefined]]);
    expect(seen).toEqual([
      PresenceSyncActions.writeSucceeded({ write: { side: 'dc', value: 'not-ready:break' }, at: anyTime }),
      PresenceSyncActions.writeFailed({ write: { side: 'dc', value: 'ready' }, message: 'Desktop Connect could not be set to ready: The agent is not logged in to Desktop Connect.', retry: false, at: anyTime }),
    ]);
  });
});
