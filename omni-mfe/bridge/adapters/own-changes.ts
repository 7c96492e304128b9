/**
 * Tells the presence changes our own calls cause from the agent's, for consoles that do not say
 * (Classic always; Lightning before Winter '26): a change to a status we are setting counts as ours
 * while the call is in flight and for `OWN_ECHO_WINDOW_MS` after it settles, once. Keys are status
 * ids (in the form the adapter compares them) or `Offline` for logout.
 */
export const OWN_ECHO_WINDOW_MS = 1000;

export class OwnChanges {
  /** Keys our calls are setting, with when the expectation lapses. */
  private readonly own = new Map<string, number>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Runs a call that sets `key`, so that its echo is told as ours. */
  run<R>(key: string, call: () => Promise<R>): Promise<R> {
    this.own.set(key, Infinity);
    return call().finally(() => {
      // The call has answered: its change may still be on its way, briefly.
      if (this.own.has(key)) this.own.set(key, this.now() + OWN_ECHO_WINDOW_MS);
    });
  }

  /** Whether a change to `key` is our echo; an expectation is used up by the first change to it. */
  claim(key: string): boolean {
    const until = this.own.get(key);
    if (until === undefined) return false;
    this.own.delete(key);
    return until >= this.now();
  }
}
