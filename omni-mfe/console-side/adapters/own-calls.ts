/**
 * The adapter's own calls that set a presence, while they are in flight. It reports a fact only
 * (a change came while our call for that value was running); whether the change is omni-mfe's
 * own is the sync core's decision, which does not depend on when the change arrives. Keys are
 * status ids (in the form the adapter compares them) or `Offline` for logout.
 */
export class OwnCalls {
  /** Calls in flight per key (two calls for one status may overlap). */
  private readonly inFlight = new Map<string, number>();

  /** Runs a call that sets `key`, counting it as in flight until it settles. */
  run<R>(key: string, call: () => Promise<R>): Promise<R> {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    return call().finally(() => {
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left > 0) this.inFlight.set(key, left);
      else this.inFlight.delete(key);
    });
  }

  /** Whether a call setting `key` is in flight now. */
  running(key: string): boolean {
    return this.inFlight.has(key);
  }
}
