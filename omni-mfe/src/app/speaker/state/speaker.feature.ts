import { createFeature, createReducer, createSelector, on, type ActionReducer } from '@ngrx/store';
import { OMNI_OFFLINE } from '@shared/mapping/omni-mapping';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import { OmniPresenceEvents } from '../../presence/state/presence.actions';
import type { SpeakerRole } from '../speaker-election';
import type { Mirrored } from '../speaker-message';
import { SpeakerActions, SpeakerNoticeActions } from './speaker.actions';

export interface SpeakerState {
  readonly role: SpeakerRole;
  /** The speaker's latest state, which a follower shows. */
  readonly mirror: Mirrored | null;
  /**
   * This tab's console said Omni-Channel's session went to another tab of this browser (Lightning's
   * DuplicateLoginInSameBrowser), and neither has it come back nor has the agent chosen this tab.
   * A fact of this tab's own console: the mirror never carries it.
   */
  readonly sessionLeft: boolean;
  /** This tab's own console says the agent is logged in to Omni-Channel here: speech follows it. */
  readonly sessionHere: boolean;
}

const initial: SpeakerState = { role: 'undecided', mirror: null, sessionLeft: false, sessionHere: false };
const here = (state: SpeakerState, loggedIn: boolean): SpeakerState =>
  loggedIn ? { ...state, sessionLeft: false, sessionHere: true } : { ...state, sessionHere: false };

export const speakerFeature = createFeature({
  name: 'speaker',
  reducer: createReducer(
    initial,
    on(SpeakerActions.roleChanged, (state, { role }) => ({ ...state, role, sessionLeft: false })),
    on(SpeakerActions.stateMirrored, (state, { state: mirror }) => ({ ...state, mirror })),
    on(OmniPresenceEvents.loggedOut, (state, { reason }) => ({
      ...state,
      sessionHere: false,
      sessionLeft: state.sessionLeft || (state.role === 'speaker' && reason === 'DuplicateLoginInSameBrowser'),
    })),
    on(SpeakerNoticeActions.handleHereClicked, (state) => ({ ...state, sessionLeft: false })),
    on(OmniPresenceEvents.loggedIn, (state) => here(state, true)),
    on(OmniPresenceEvents.presenceChanged, (state, { presence }) =>
      here(state, presence.statusApiName !== OMNI_OFFLINE),
    ),
    on(ConsoleLinkActions.consoleRead, (state, { snapshot }) => here(state, snapshot.loggedIn)),
  ),
});

/**
 * The speaker whose Omni-Channel session went to another tab of this browser says nothing until
 * that tab's omni-mfe takes over, or the agent chooses this tab: acting on that logout would take
 * the session back, or move DC for nothing.
 */
export const selectSessionElsewhere = createSelector(
  speakerFeature.selectSpeakerState,
  (speaker) => speaker.role === 'speaker' && speaker.sessionLeft,
);

/** Whether the agent is told that another tab handles Omni-Channel. */
export const selectHandledElsewhere = createSelector(
  speakerFeature.selectRole,
  selectSessionElsewhere,
  (role, elsewhere) => role === 'follower' || elsewhere,
);

type AppState = Record<string, unknown> & { speaker?: SpeakerState; workItems?: object };

/**
 * A follower shows the speaker's presence and work items: whatever its own reducers made of its
 * own console (logged out there: the session is the speaker's) is replaced by the speaker's
 * latest state, and the panel, dialog and notice stay this tab's own.
 */
export function mirrorMetaReducer(reducer: ActionReducer<AppState>): ActionReducer<AppState> {
  return (state, action) => {
    const next = reducer(state, action);
    const speaker = next.speaker;
    if (speaker?.role !== 'follower' || !speaker.mirror) return next;
    const { presence, workItems } = speaker.mirror;
    return { ...next, presence, workItems: { ...next.workItems, ...workItems } };
  };
}
