import { createFeature, createReducer, on } from '@ngrx/store';
import type { ConnectionStatus } from '../console-transport';
import type { LinkProblem } from '../link-problem';
import { ConsoleLinkActions } from './console-link.actions';

/**
 * The link as the agent sees it: the transport's status, refined while connected by whether the
 * console's state has been read (`reading`, `read-failed`) since the session began. Only after
 * a successful read is the link `connected`: before it, what omni-mfe shows may be stale.
 */
export type LinkStatus = Exclude<ConnectionStatus, 'connected'> | 'reading' | 'read-failed' | 'connected';

export interface ConsoleLinkState {
  readonly status: LinkStatus;
  /** Why the last read failed, while it is being retried. */
  readonly readError: string | null;
  /** Omni-Channel's own connection error, until the console has been read again. */
  readonly connectionError: string | null;
  /** Why the link fails or is degraded, while the transport can tell (see ConnectionState.problem). */
  readonly problem: LinkProblem | null;
}

// The transport's reconnect attempts are not kept: nothing the agent sees reads them.
const initialState: ConsoleLinkState = { status: 'connecting', readError: null, connectionError: null, problem: null };

const linked = (status: LinkStatus) => status === 'connected' || status === 'reading' || status === 'read-failed';

export const consoleLinkFeature = createFeature({
  name: 'consoleLink',
  reducer: createReducer(
    initialState,
    // A transport that (still) says connected does not undo a pending read.
    on(ConsoleLinkActions.statusChanged, (state, { state: s }) => ({
      ...state,
      status: s.status === 'connected' ? (linked(state.status) ? state.status : 'reading') : s.status,
      readError: s.status === 'connected' ? state.readError : null,
      problem: s.problem ?? null,
    })),
    on(ConsoleLinkActions.sessionStarted, (state) => ({ ...state, status: 'reading' as const, readError: null })),
    on(ConsoleLinkActions.consoleRead, (state) =>
      linked(state.status) ? { ...state, status: 'connected' as const, readError: null, connectionError: null } : state,
    ),
    on(ConsoleLinkActions.consoleReadFailed, (state, { message }) =>
      linked(state.status) ? { ...state, status: 'read-failed' as const, readError: message } : state,
    ),
    on(ConsoleLinkActions.connectionErrorReported, (state, { message }) =>
      linked(state.status) ? { ...state, status: 'reading' as const, connectionError: message } : state,
    ),
  ),
});
