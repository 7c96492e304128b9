import { createFeature, createReducer, on } from '@ngrx/store';
import { LOGGED_OUT_SESSION, type DcSession } from '@shared/dc-state/dc-session';
import { DcShellActions } from './dc-session.actions';

/** The DC session as omni-mfe sees it. The shell owns it; this slice only mirrors it. */
export type DcSessionState = DcSession;

export const dcSessionFeature = createFeature({
  name: 'dcSession',
  reducer: createReducer<DcSessionState>(
    LOGGED_OUT_SESSION,
    // The shell's session is the truth: take it whole, so no stale agent or reason survives.
    on(DcShellActions.sessionChanged, (_state, { session }) => ({
      loggedIn: session.loggedIn,
      agent: session.agent,
      state: session.state,
    })),
  ),
});
