/**
 * Omni-Channel reports the agent's presence when it changes (a status change, a logout), in
 * order: the same presence told twice in a row, with nothing between, is one report delivered
 * twice, as a loaded org may do (the simulator's adverse profile does). The adapters pass such a
 * repeat on once, as the console meant it: a fact about the console's stream, not a decision of
 * the sync's. A change away and back is two reports with another between, and passes.
 */
export class PresenceRepeats {
  private last: string | null = null;

  /** Whether `key` (the event, the presence it reports, its reason) is the previous report's; remembers it. */
  repeated(key: string): boolean {
    const same = key === this.last;
    this.last = key;
    return same;
  }
}
