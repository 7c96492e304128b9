import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store, type Action } from '@ngrx/store';
import {
  EMPTY,
  catchError,
  combineLatest,
  concat,
  concatMap,
  distinctUntilChanged,
  filter,
  from,
  map,
  merge,
  of,
  pairwise,
  startWith,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';
import { ConsoleLink } from '../../console-link/console-link';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import { presenceFeature } from '../../presence/state/presence.feature';
import { fromSubscribable } from '../../props/from-subscribable';
import { OMNI_PROPS } from '../../props/omni-props.token';
import { ReasonCodeDialogActions, WorkItemPanelActions } from '../../work-items/state/work-items.actions';
import { workItemsFeature } from '../../work-items/state/work-items.feature';
import { OmniSpeaker } from '../omni-speaker';
import { lostWrites } from '../speaker-handover';
import type { ForwardedClick } from '../speaker-message';
import { SpeakerActions, SpeakerNoticeActions } from './speaker.actions';
import { selectSessionElsewhere, speakerFeature } from './speaker.feature';

const CLICKS = [
  WorkItemPanelActions.acceptClicked,
  WorkItemPanelActions.closeClicked,
  ReasonCodeDialogActions.declineSubmitted,
] as const;
const CLICK_TYPES: readonly string[] = CLICKS.map((c) => c.type);

/** Joins the election of the DC agent (a new agent, a new election) and records each role. */
export const joinElection = createEffect(
  (props = inject(OMNI_PROPS), speaker = inject(OmniSpeaker)) =>
    fromSubscribable(props.dcSession$).pipe(
      map((session) => session.agent?.id ?? null),
      distinctUntilChanged(),
      tap((agent) => speaker.join(agent)),
      switchMap(() => EMPTY),
    ),
  { functional: true, dispatch: false },
);

export const recordRole = createEffect(
  (speaker = inject(OmniSpeaker)) =>
    speaker.role$.pipe(
      distinctUntilChanged(),
      tap((role) => role === 'follower' && speaker.post({ kind: 'hello' })),
      map((role) => SpeakerActions.roleChanged({ role })),
    ),
  { functional: true },
);

/** The speaker publishes its presence and work items on every change, and to each newcomer. */
export const publishState = createEffect(
  (store = inject(Store), speaker = inject(OmniSpeaker)) => {
    const state$ = combineLatest([
      store.select(presenceFeature.selectPresenceState),
      store.select(workItemsFeature.selectWorkItemsState),
    ]);
    const hello$ = speaker.received$.pipe(filter((m) => m.kind === 'hello'));
    // A speaker whose session went elsewhere publishes nothing: what it now makes of its own
    // console (logged out there) is not the agent's state, and the next speaker starts from this.
    const elsewhere = store.selectSignal(selectSessionElsewhere);
    return combineLatest([state$, hello$.pipe(startWith(null))]).pipe(
      filter(() => speaker.role$.value === 'speaker' && !elsewhere()),
      tap(([[presence, { ids, entities, arrivals, announcement }]]) =>
        speaker.publish({ presence, workItems: { ids, entities, arrivals, announcement } }),
      ),
    );
  },
  { functional: true, dispatch: false },
);

/** What the others sent: the speaker's state (followers), a forwarded click (the speaker). */
export const receive = createEffect(
  (speaker = inject(OmniSpeaker)) =>
    speaker.received$.pipe(
      concatMap((message): Action[] => {
        const role = speaker.role$.value;
        if (message.kind === 'state' && role === 'follower') return [SpeakerActions.stateMirrored(message)];
        if (message.kind === 'click' && role === 'speaker' && CLICK_TYPES.includes(message.action.type))
          return [message.action];
        return [];
      }),
    ),
  { functional: true },
);

/** A follower passes the agent's Accept, Decline and Close to the speaker, which carries them out. */
export const forwardClicks = createEffect(
  (actions$ = inject(Actions), speaker = inject(OmniSpeaker)) =>
    actions$.pipe(
      ofType(...CLICKS),
      filter(() => speaker.role$.value === 'follower'),
      tap((action: ForwardedClick) => speaker.post({ kind: 'click', action })),
    ),
  { functional: true, dispatch: false },
);

/**
 * Speech follows Omni-Channel's session: a follower whose own console says the agent is logged in
 * here (the agent logged in in this tab, or Salesforce moved the session here) takes over, whenever
 * it learns either; so does one whose agent chose "handle here".
 */
export const followSession = createEffect(
  (actions$ = inject(Actions), store = inject(Store), speaker = inject(OmniSpeaker)) =>
    merge(
      actions$.pipe(ofType(SpeakerNoticeActions.handleHereClicked)),
      combineLatest([speaker.role$, store.select(speakerFeature.selectSessionHere)]).pipe(
        filter(([role, sessionHere]) => role === 'follower' && sessionHere),
      ),
    ).pipe(tap(() => speaker.takeOver())),
  { functional: true, dispatch: false },
);

/**
 * Taking over (from a follower, or a speaker whose session was elsewhere): the previous speaker's
 * writes in flight may or may not have landed, which the console's read tells; Omni-Channel's
 * session is brought here when the agent was logged in, then the console is read and the sync
 * carries on from what it finds.
 */
export const handOver = createEffect(
  (store = inject(Store), speaker = inject(OmniSpeaker), link = inject(ConsoleLink)) => {
    const speaking$ = combineLatest([speaker.role$, store.select(selectSessionElsewhere)]).pipe(
      map(([role, elsewhere]) => (role === 'undecided' ? null : role === 'speaker' && !elsewhere)),
      filter((speaking): speaking is boolean => speaking !== null),
      distinctUntilChanged(),
    );
    return speaking$.pipe(
      pairwise(),
      filter(([before, now]) => !before && now),
      withLatestFrom(store.select(presenceFeature.selectPresenceState)),
      switchMap(([, presence]) => {
        const target = presence.statuses.find((s) => s.statusApiName === presence.sync.omni);
        const bringSession$ = link.request('getPresence', {}).pipe(
          switchMap((here) =>
            here.loggedIn || !target ? of(null) : link.request('setPresence', { statusId: target.statusId }),
          ),
          catchError(() => of(null)),
          map(() => ConsoleLinkActions.readRequested({ at: Date.now() })),
        );
        return concat(from(lostWrites(presence, Date.now())), bringSession$);
      }),
    );
  },
  { functional: true },
);
