/**
 * The adapter's own calls that set a presence, while they are in flight. It reports a fact only
 * (a change came while our call for that value was running, and is the one change that call
 * makes); whether the change is omni-mfe's own is the sync core's decision, which does not depend
 * on when the change arrives. Keys are status ids (in the form the adapter compares them) or
 * `Offline` for logout.
 */
export class OwnCalls {
  /** Calls in flight per key (two calls for one status may overlap), each with whether its change came. */
  private readonly inFlight = new Map<string, { changed: boolean }[]>();

  /** Runs a call that sets `key`, counting it as in flight until it settles. */
  run<R>(key: string, call: () => Promise<R>): Promise<R> {
    const mine = { changed: false };
    this.inFlight.set(key, [...(this.inFlight.get(key) ?? []), mine]);
    return call().finally(() => {
      const left = (this.inFlight.get(key) ?? []).filter((c) => c !== mine);
      if (left.length > 0) this.inFlight.set(key, left);
      else this.inFlight.delete(key);
    });
  }

  /**
   * Whether a change to `key` that comes now can be the change of a call in flight: one whose
   * change has not come yet. It is then taken as come. A call changes the presence once, so a
   * second change to `key` during that call (the agent choosing it again after another status,
   * on a slow answer) is not that call's: the window a call is in flight says nothing about who
   * made a change, only that our call may have.
   */
  takeChange(key: string): boolean {
    const call = this.inFlight.get(key)?.find((c) => !c.changed);
    if (call === undefined) return false;
    call.changed = true;
    return true;
  }
}
