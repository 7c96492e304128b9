/**
 * What the relay's utility item shows the agent or an administrator: which softphone session it
 * serves, the last message it handled and what went wrong. Plain text only (the Aura shell binds
 * it to text nodes); the list of problems is bounded, newest first.
 */
export interface RelayViewState {
  /** The softphone session served, or null before a softphone has connected. */
  readonly softphone: string | null;
  /** The last message handled, e.g. "request setPresence", or null before the first. */
  readonly lastMessage: string | null;
  /** What went wrong, newest first (at most MAX_PROBLEMS). */
  readonly problems: readonly string[];
}

export const MAX_PROBLEMS = 5;

/** The relay's facts as its view shows them; `changed` gets a fresh copy after each change. */
export class RelayView {
  private state: RelayViewState = { softphone: null, lastMessage: null, problems: [] };

  constructor(private readonly changed: (state: RelayViewState) => void = () => undefined) {}

  get current(): RelayViewState {
    return this.state;
  }

  softphoneConnected(session: string): void {
    this.update({ softphone: session });
  }

  handled(kind: string, type: string): void {
    this.update({ lastMessage: kind === type ? kind : `${kind} ${type}` });
  }

  problem(text: string): void {
    const problems = [text.slice(0, 200), ...this.state.problems.filter((p) => p !== text)].slice(0, MAX_PROBLEMS);
    this.update({ problems });
  }

  private update(change: Partial<RelayViewState>): void {
    this.state = { ...this.state, ...change };
    try {
      this.changed({ ...this.state, problems: [...this.state.problems] });
    } catch (err) {
      console.error('omni relay: its view could not be updated', err);
    }
  }
}
