import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { BehaviorSubject, defer, throwError, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { RequestType } from '@shared/protocol/requests.schema';
import { LinkError } from '../link-error';
import { ConsoleLink } from '../console-link';
import type { ConnectionState } from '../console-transport';
import { DEFAULT_LINK_SETTINGS, LINK_SETTINGS } from '../link-settings';
import { ConsoleLinkActions } from './console-link.actions';
import { connectLink, readConsoleUntilRead } from './console-link.effects';

const anyTime = jasmine.any(Number) as unknown as number;
const connected: ConnectionState = { status: 'connected', attempts: 0 };

describe('console link effects', () => {
  const status = { statusId: '0N5000000000001', statusName: 'Available', statusApiName: 'Available', channels: [] };
  const answers: Record<string, unknown> = {
    getPresence: { loggedIn: true, status },
    getStatuses: { statuses: [status] },
    getAgentWorks: { works: [] },
    getWorkload: { configuredCapacity: 10, currentWorkload: 0 },
  };
  const snapshot = {
    loggedIn: true,
    status,
    statuses: [status],
    works: [],
    workload: { configuredCapacity: 10, currentWorkload: 0 },
  };
  let scheduler: TestScheduler;
  let actions$: Observable<unknown>;

  beforeEach(() => (scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected))));

  function provideLink(link: Partial<Record<keyof ConsoleLink, unknown>>) {
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        {
          provide: ConsoleLink,
          // Holding events during a read is ConsoleLink's, tested in console-snapshot.spec.ts.
          useValue: {
            state$: new BehaviorSubject(connected),
            holdEvents: () => ({ answered: () => 0, release: () => [] }),
            ...link,
          },
        },
        // No jitter, short waits: 100 ms, 200 ms, 400 ms, then 400 ms.
        {
          provide: LINK_SETTINGS,
          useValue: { ...DEFAULT_LINK_SETTINGS, readRetryInitialMs: 100, readRetryMaxMs: 400, jitter: 0 },
        },
      ],
    });
  }

  it('starts the link after the first render and reports each status and session', () => {
    const connect = jasmine.createSpy('connect');
    scheduler.run(({ cold, expectObservable }) => {
      const state$ = cold('a-b', { a: { status: 'connecting', attempts: 0 }, b: connected });
      provideLink({
        connect,
        state$,
        sessions$: cold('--s', { s: 'salesforce-lightning' as const }),
        events$: cold(''),
      });
      const effect$ = TestBed.runInInjectionContext(() => connectLink());
      expectObservable(effect$).toBe('a-(bs)', {
        a: ConsoleLinkActions.statusChanged({ state: { status: 'connecting', attempts: 0 } }),
        b: ConsoleLinkActions.statusChanged({ state: connected }),
        s: ConsoleLinkActions.sessionStarted({ at: anyTime, adapter: 'salesforce-lightning' }),
      });
      expect(connect).not.toHaveBeenCalled();
    });
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it("reads the console's truth on every new session, and only the latest read counts", () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      provideLink({ request: (type: RequestType) => cold('--x|', { x: answers[type] }) });
      actions$ = hot('-s-s----s', { s: ConsoleLinkActions.sessionStarted({ at: 0 }) });
      const read = ConsoleLinkActions.consoleRead({ snapshot, at: anyTime });
      // The read begun at frame 1 is dropped when the session of frame 3 begins; a read takes 3 frames.
      expectObservable(TestBed.runInInjectionContext(() => readConsoleUntilRead())).toBe('------a----a', { a: read });
    });
  });

  it('a failed read is retried with backoff until it succeeds, whichever request failed', () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      // Attempts 1 and 2: getAgentWorks is refused; attempt 3: getWorkload; attempt 4 reads it all.
      let attempt = 0;
      provideLink({
        // Like the real link, a request is sent when subscribed to.
        request: (type: RequestType) =>
          defer(() => {
            if (type === 'getPresence') attempt += 1;
            const refused = (attempt <= 2 && type === 'getAgentWorks') || (attempt === 3 && type === 'getWorkload');
            return refused
              ? throwError(() => new LinkError('console', `The Salesforce console refused ${type}.`))
              : cold('(x|)', { x: answers[type] });
          }),
      });
      actions$ = hot('-s', { s: ConsoleLinkActions.sessionStarted({ at: 0 }) });
      const failed = (attempt: number, retryInMs: number, type: string) =>
        ConsoleLinkActions.consoleReadFailed({
          message: `The Salesforce console refused ${type}.`,
          attempt,
          retryInMs,
        });
      expectObservable(TestBed.runInInjectionContext(() => readConsoleUntilRead())).toBe('-a 99ms b 199ms c 399ms d', {
        a: failed(1, 100, 'getAgentWorks'),
        b: failed(2, 200, 'getAgentWorks'),
        c: failed(3, 400, 'getWorkload'),
        d: ConsoleLinkActions.consoleRead({ snapshot, at: anyTime }),
      });
    });
  });

  it('stops reading when the link is lost (the next session reads again)', () => {
    scheduler.run(({ hot, expectObservable }) => {
      const state$ = hot('c 150ms r', { c: connected, r: { ...connected, status: 'reconnecting' } });
      provideLink({
        state$,
        request: () =>
          throwError(() => new LinkError('timeout', 'The console did not answer getPresence within 10 s.')),
      });
      actions$ = hot('s', { s: ConsoleLinkActions.sessionStarted({ at: 0 }) });
      const failed = (attempt: number, retryInMs: number) =>
        ConsoleLinkActions.consoleReadFailed({
          message: 'The console did not answer getPresence within 10 s.',
          attempt,
          retryInMs,
        });
      expectObservable(TestBed.runInInjectionContext(() => readConsoleUntilRead())).toBe('a 99ms b', {
        a: failed(1, 100),
        b: failed(2, 200),
      });
    });
  });
});
