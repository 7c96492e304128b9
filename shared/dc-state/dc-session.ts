import type { DcState } from './dc-state';

/** The agent logged in to Desktop Connect. */
export interface DcAgent {
  readonly id: string;
  readonly name: string;
}

/** What the shell tells omni-mfe about the DC session, every time it changes. */
export interface DcSession {
  readonly loggedIn: boolean;
  readonly agent: DcAgent | null;
  readonly state: DcState;
}

export const LOGGED_OUT_SESSION: DcSession = { loggedIn: false, agent: null, state: { kind: 'logged-out' } };
