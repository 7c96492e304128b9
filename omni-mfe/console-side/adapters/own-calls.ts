/**
 * The adapter's own calls that set a presence, while they are in flight. It reports a fact only:
 * a change came while a call of ours setting that value was running. It does not say whether the
 * change is that call's: an earlier call's late echo, the agent choosing the same status, or the
 * call's own change may all come in that time, and only the sync core, which knows which writes
 * it has seen confirmed and which echoes are still due, decides what is omni-mfe's own. Keys are
 * status ids (in the form the adapter compares them) or `Offline` for logout.
 */
export class OwnCalls {
  /** How many calls per key are in flight (two calls for one status may overlap). */
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

  /** Whether a call of ours setting `key` is in flight now, as a change to `key` comes. */
  during(key: string): boolean {
    return this.inFlight.has(key);
  }
}
