import { Injectable } from '@angular/core';
import type { AdapterName } from '@shared/protocol/envelope';
import type { ConnectionStatus } from '../console-link/console-transport';
import { ConsoleLinkActions } from '../console-link/state/console-link.actions';

/**
 * What happened to the link, for support: `session-started` (the first handshake),
 * `session-restarted` (a later one: the console-side program reloaded, or came back after a
 * loss), `heartbeat-lost` (the relay stopped answering pings), `link-lost` (any other loss, with
 * the problem's kind when the transport knows it), `link-failed`, `console-mode-required`,
 * `resync` (the console's state read), `resync-failed`, `connection-error` (Omni-Channel's own).
 */
export type LinkEventKind =
  | 'session-started'
  | 'session-restarted'
  | 'heartbeat-lost'
  | 'link-lost'
  | 'link-failed'
  | 'console-mode-required'
  | 'resync'
  | 'resync-failed'
  | 'connection-error';

/** One event of the link's history. Facts of omni-mfe's own only: no text from the console. */
export interface LinkEvent {
  readonly at: number;
  readonly kind: LinkEventKind;
  /** The link problem's kind (`relay-silent`, `no-answer`, …), the adapter a session named, or the attempt. */
  readonly detail?: string;
}

export interface LinkHistoryState {
  /** The newest last, at most HISTORY_MAX. */
  readonly events: readonly LinkEvent[];
  /** The adapter the latest session's hello named. */
  readonly adapter: AdapterName | null;
  readonly sessions: number;
  /** The status last recorded, so that a repeated status is one event. */
  readonly status: ConnectionStatus | null;
}

/** Enough for a shift's worth of trouble; the oldest events go first. */
export const HISTORY_MAX = 60;
export const EMPTY_HISTORY: LinkHistoryState = { events: [], adapter: null, sessions: 0, status: null };

/** The link actions the history records. */
export const LINK_HISTORY_ACTIONS = [
  ConsoleLinkActions.statusChanged,
  ConsoleLinkActions.sessionStarted,
  ConsoleLinkActions.consoleRead,
  ConsoleLinkActions.consoleReadFailed,
  ConsoleLinkActions.connectionErrorReported,
] as const;
type LinkHistoryAction = ReturnType<(typeof LINK_HISTORY_ACTIONS)[number]>;

const add = (state: LinkHistoryState, event: LinkEvent): LinkHistoryState => ({
  ...state,
  events: [...state.events.slice(-(HISTORY_MAX - 1)), event],
});

/** The history after one link action that happened at `now` (a pure step). */
export function recordLinkEvent(state: LinkHistoryState, action: LinkHistoryAction, now: number): LinkHistoryState {
  switch (action.type) {
    case ConsoleLinkActions.statusChanged.type: {
      const { status, problem } = action.state;
      if (status === state.status) return state;
      const kind = statusEvent(status, problem?.kind);
      const next = { ...state, status };
      return kind ? add(next, { at: now, kind, ...(problem ? { detail: problem.kind } : {}) }) : next;
    }
    case ConsoleLinkActions.sessionStarted.type: {
      const kind = state.sessions === 0 ? 'session-started' : 'session-restarted';
      const adapter = action.adapter ?? state.adapter;
      return add(
        // A session is open: the link is connected, whatever status came before it.
        { ...state, sessions: state.sessions + 1, adapter, status: 'connected' },
        { at: action.at, kind, ...(adapter ? { detail: adapter } : {}) },
      );
    }
    case ConsoleLinkActions.consoleRead.type:
      return add(state, { at: action.at, kind: 'resync' });
    case ConsoleLinkActions.consoleReadFailed.type:
      return add(state, { at: now, kind: 'resync-failed', detail: `attempt ${action.attempt}` });
    case ConsoleLinkActions.connectionErrorReported.type:
      return add(state, { at: action.at, kind: 'connection-error' });
  }
}

/** A loss or failure the transport reported; connecting and connected are the sessions' to tell. */
function statusEvent(status: ConnectionStatus, problem: string | undefined): LinkEventKind | null {
  if (status === 'reconnecting') return problem === 'relay-silent' ? 'heartbeat-lost' : 'link-lost';
  if (status === 'failed') return 'link-failed';
  return status === 'console-mode-required' ? 'console-mode-required' : null;
}

/**
 * The link's history for one mount, kept beside the store rather than in it: it is a record for
 * support, read only when a diagnosis is written, and its times are taken as the actions pass.
 */
@Injectable({ providedIn: 'root' })
export class LinkHistory {
  private state = EMPTY_HISTORY;

  get current(): LinkHistoryState {
    return this.state;
  }

  record(action: LinkHistoryAction, now: number): void {
    this.state = recordLinkEvent(this.state, action, now);
  }
}
