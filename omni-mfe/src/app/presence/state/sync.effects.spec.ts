import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { LinkError } from '../../console-link/link-error';
import { ConsoleLink } from '../../console-link/console-link';
import { OMNI_PROPS } from '../../props/omni-props.token';
import { INITIAL_SYNC, type SyncCall, type SyncState } from '../sync/sync-state';
import { STATUSES, toDc, toOmni } from '../sync/testing/sync-writes';
import { presenceFeature } from './presence.feature';
import { PresenceSyncActions } from './sync.actions';
import { writeDc, writeOmni } from './sync.effects';

describe('presence sync effects', () => {
  const anyTime = jasmine.any(Number) as unknown as number;
  const omni = toOmni;
  /** A state whose latest step decided `writes` (a new outbox each time, as the core makes it). */
  const decided = (...writes: SyncCall[]): SyncState => ({ ...INITIAL_SYNC, outbox: writes });
  let scheduler: TestScheduler;
  let requests: [string, unknown][];
  let setDcState: jasmine.Spy;

  function setup(request: (type: string, params: unknown) => Observable<unknown>) {
    requests = [];
    setDcState = jasmine.createSpy('setDcState').and.returnValue(Promise.resolve());
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        {
          provide: ConsoleLink,
          useValue: { request: (t: string, p: unknown) => (requests.push([t, p]), request(t, p)) },
        },
        { provide: OMNI_PROPS, useValue: { setDcState } },
      ],
    });
    return TestBed.inject(MockStore).overrideSelector(presenceFeature.selectSync, INITIAL_SYNC);
  }

  /** Feeds the effect a sequence of sync states, as the store would emit them. */
  function emit(sync: ReturnType<typeof setup>, states: SyncState[]): void {
    const store = TestBed.inject(MockStore);
    for (const s of states) {
      sync.setResult(s);
      store.refreshState();
    }
  }

  beforeEach(() => (scheduler = new TestScheduler((a, e) => expect(a).toEqual(e))));
  // Overridden selectors are the module's own memoized ones: put them back for other specs.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('calls what each decided Omni write says, once, in order', () => {
    scheduler.run(({ cold, expectObservable, flush }) => {
      const sync = setup(() => cold('--r|', { r: {} }));
      const effect$ = TestBed.runInInjectionContext(() => writeOmni());
      const first = decided(omni('Busy'));
      // The same outbox seen again (a step that decided nothing new) is not written twice.
      scheduler.schedule(() => emit(sync, [first, { ...first, writes: 1 }, decided(omni('Available'))]), 1);
      // The second write starts when the first is answered (frame 4) and takes 2 frames.
      expectObservable(effect$).toBe('---a--b', {
        a: PresenceSyncActions.writeAnswered({ write: omni('Busy'), outcome: 'ok', at: anyTime }),
        b: PresenceSyncActions.writeAnswered({ write: omni('Available'), outcome: 'ok', at: anyTime }),
      });
      flush();
    });
    expect(requests).toEqual([
      ['setPresence', { statusId: '0N5000000000002' }],
      ['setPresence', { statusId: '0N5000000000001' }],
    ]);
  });

  it('logs out of Omni-Channel for Offline, and leaves DC writes to the shell', () => {
    const sync = setup(() => new Observable((s) => (s.next({}), s.complete())));
    const seen: unknown[] = [];
    TestBed.runInInjectionContext(() => writeOmni()).subscribe((a) => seen.push(a));
    emit(sync, [decided(omni('Offline'), toDc('not-ready'))]);
    expect(requests).toEqual([['logout', {}]]);
    expect(seen).toEqual([PresenceSyncActions.writeAnswered({ write: omni('Offline'), outcome: 'ok', at: anyTime })]);
  });

  it('a refused write is answered refused; one lost with the connection, lost', () => {
    let n = 0;
    const sync = setup(() =>
      throwError(() =>
        n++ === 0
          ? new LinkError('console', 'The Salesforce console refused setServicePresenceStatus.')
          : new LinkError('disconnected', 'gone'),
      ),
    );
    const seen: unknown[] = [];
    TestBed.runInInjectionContext(() => writeOmni()).subscribe((a) => seen.push(a));
    emit(sync, [decided(omni('Busy')), decided(omni('Available'))]);
    expect(seen).toEqual([
      PresenceSyncActions.writeAnswered({
        write: omni('Busy'),
        outcome: 'refused',
        message: 'Omni-Channel could not be set to Busy: The Salesforce console refused setServicePresenceStatus.',
        at: anyTime,
      }),
      PresenceSyncActions.writeAnswered({
        write: omni('Available'),
        outcome: 'lost',
        message: 'Omni-Channel could not be set to Available: gone',
        at: anyTime,
      }),
    ]);
  });

  it('carries out a check as a read of the presence, in order after the writes, and answers null when it fails', () => {
    const presence = { loggedIn: true, status: { ...STATUSES[0], channels: [] } };
    let n = 0;
    const sync = setup((type) =>
      type === 'getPresence' && n++ > 0 ? throwError(() => new LinkError('disconnected', 'gone')) : of(presence),
    );
    const seen: unknown[] = [];
    TestBed.runInInjectionContext(() => writeOmni()).subscribe((a) => seen.push(a));
    emit(sync, [
      decided(omni('Busy'), { side: 'omni', check: 'presence' }),
      decided({ side: 'omni', check: 'presence' }),
    ]);
    expect(requests.map(([type]) => type)).toEqual(['setPresence', 'getPresence', 'getPresence']);
    expect(seen.slice(1)).toEqual([
      PresenceSyncActions.presenceChecked({ presence, at: anyTime }),
      PresenceSyncActions.presenceChecked({ presence: null, at: anyTime }),
    ]);
  });

  it("sets DC states through the shell's setDcState, and reports its refusal", async () => {
    const sync = setup(() => throwError(() => new Error('unused')));
    const seen: unknown[] = [];
    TestBed.runInInjectionContext(() => writeDc()).subscribe((a) => seen.push(a));
    emit(sync, [decided(toDc('not-ready:break'))]);
    await new Promise((r) => setTimeout(r));
    setDcState.and.returnValue(Promise.reject(new Error('The agent is not logged in to Desktop Connect.')));
    emit(sync, [decided(toDc('ready'), omni('Busy'))]);
    await new Promise((r) => setTimeout(r));
    expect(setDcState.calls.allArgs()).toEqual([
      ['not-ready', 'break'],
      ['ready', undefined],
    ]);
    expect(requests).toEqual([]);
    expect(seen).toEqual([
      PresenceSyncActions.writeAnswered({
        write: toDc('not-ready:break'),
        outcome: 'ok',
        at: anyTime,
      }),
      PresenceSyncActions.writeAnswered({
        write: toDc('ready'),
        outcome: 'refused',
        message: 'Desktop Connect could not be set to ready: The agent is not logged in to Desktop Connect.',
        at: anyTime,
      }),
    ]);
  });
});
