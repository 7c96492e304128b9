/** Whether this omni-mfe speaks to Omni-Channel for the agent, follows another, or does not know yet. */
export type SpeakerRole = 'undecided' | 'speaker' | 'follower';

/** The part of the Web Locks API the election uses (navigator.locks; a fake in tests). */
export interface SpeakerLocks {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
}

/**
 * Who speaks among the omni-mfes of one agent and org in a browser: the holder of one Web Lock,
 * named by both. The lock is held for as long as the omni-mfe speaks and the browser releases it
 * when the page goes, so a closed or crashed tab hands over by itself; the others wait in the
 * lock's queue, the first of them taking over. `takeOver` steals the lock (the tab where
 * Omni-Channel's session is). `pause` leaves the election altogether (page hidden for the
 * back/forward cache, or frozen: a frozen holder would keep the lock with nobody speaking, and a
 * frozen waiter could be handed it); `resume` joins the queue again.
 */
export class SpeakerElection {
  private role: SpeakerRole = 'undecided';
  /** Each entry into the election; a callback from an older one is out of date. */
  private round = 0;
  private release: (() => void) | null = null;
  private abort: AbortController | null = null;

  constructor(
    private readonly locks: SpeakerLocks,
    readonly name: string,
    private readonly changed: (role: SpeakerRole) => void,
  ) {}

  get current(): SpeakerRole {
    return this.role;
  }

  /** Joins: speaks at once when nobody does, else follows and waits its turn. */
  start(): void {
    const round = this.leave();
    this.locks
      .request(this.name, { ifAvailable: true }, (lock) => {
        if (round !== this.round) return undefined;
        if (lock) return this.hold();
        this.set('follower');
        this.wait(round);
        return undefined;
      })
      .catch(() => this.stolen(round));
  }

  /** Speaks now, taking the lock from whoever holds it (who becomes a follower). */
  takeOver(): void {
    if (this.role === 'speaker') return;
    const round = this.leave();
    this.request(round, { steal: true });
  }

  /** Leaves the election until `resume`: a speaker stops speaking. */
  pause(): void {
    this.leave();
    this.set('undecided');
  }

  resume(): void {
    if (this.role === 'undecided' && !this.release && !this.abort) this.start();
  }

  /** Leaves for good (unmount). */
  stop(): void {
    this.pause();
  }

  private wait(round: number): void {
    this.request(round, {});
  }

  private request(round: number, options: { steal?: boolean }): void {
    const abort = new AbortController();
    this.abort = abort;
    this.locks
      .request(this.name, { ...options, ...(options.steal ? {} : { signal: abort.signal }) }, () => {
        if (round !== this.round) return undefined;
        this.abort = null;
        return this.hold();
      })
      .catch(() => this.stolen(round));
  }

  /** A request ended in an error: aborted by `leave` (out of date), or the lock stolen by another tab's `takeOver`. */
  private stolen(round: number): void {
    if (round !== this.round) return;
    this.release = null;
    this.set('follower');
    this.wait(round);
  }

  private hold(): Promise<void> {
    this.set('speaker');
    return new Promise<void>((resolve) => (this.release = resolve));
  }

  private leave(): number {
    this.round += 1;
    this.abort?.abort();
    this.abort = null;
    this.release?.();
    this.release = null;
    return this.round;
  }

  private set(role: SpeakerRole): void {
    if (role === this.role) return;
    this.role = role;
    this.changed(role);
  }
}
