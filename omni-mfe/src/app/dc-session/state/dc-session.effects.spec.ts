import { TestBed } from '@angular/core/testing';
import { TestScheduler } from 'rxjs/testing';
import type { DcSession } from '@shared/dc-state/dc-session';
import { OMNI_PROPS } from '../../props/omni-props.token';
import { DcShellActions } from './dc-session.actions';
import { mirrorDcSession } from './dc-session.effects';

describe('mirrorDcSession effect', () => {
  const a: DcSession = { loggedIn: true, agent: { id: '1', name: 'Agent 1' }, state: { kind: 'ready' } };
  const b: DcSession = { loggedIn: false, agent: null, state: { kind: 'logged-out' } };

  it('turns every shell session into a Session Changed action, and unsubscribes from the shell on teardown', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(
      ({ cold, expectObservable, expectSubscriptions }) => {
        const session$ = cold('a--b--a', { a, b });
        TestBed.configureTestingModule({ providers: [{ provide: OMNI_PROPS, useValue: { dcSession$: session$ } }] });
        const actions$ = TestBed.runInInjectionContext(() => mirrorDcSession());
        expectObservable(actions$, '^----!').toBe('a--b-', {
          a: DcShellActions.sessionChanged({ session: a, at: jasmine.any(Number) as unknown as number }),
          b: DcShellActions.sessionChanged({ session: b, at: jasmine.any(Number) as unknown as number }),
        });
        expectSubscriptions(session$.subscriptions).toBe('^----!');
      },
    );
  });
});
