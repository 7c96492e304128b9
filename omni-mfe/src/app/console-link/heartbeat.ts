import type { Timers } from './timers';

/**
 * Pings the bridge at an interval and declares it dead after `allowedMisses` unanswered beats.
 * Chrome throttles timers in hidden tabs (down to once a minute), so beats missed while the page
 * is hidden do not count; when it becomes visible again the count restarts with a fresh ping.
 */
export class Heartbeat {
  private timer: unknown = null;
  private outstanding: string | null = null;
  private misses = 0;
  private counter = 0;

  constructor(
    private readonly timers: Timers,
    private readonly intervalMs: number,
    private readonly allowedMisses: number,
    private readonly isHidden: () => boolean,
    private readonly sendPing: (id: string) => void,
    private readonly onDead: () => void,
  ) {}

  start(): void {
    this.stop();
    this.beat();
  }

  stop(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.outstanding = null;
    this.misses = 0;
  }

  /** A pong arrived; only the answer to the latest ping counts. */
  pong(id: string): boolean {
    if (id !== this.outstanding) return false;
    this.outstanding = null;
    this.misses = 0;
    return true;
  }

  /** The page became visible: forget misses counted while throttled, and check at once. */
  pageShown(): void {
    if (this.timer === null) return;
    this.misses = 0;
    this.start();
  }

  private beat(): void {
    if (this.outstanding !== null && !this.isHidden()) {
      this.misses += 1;
      if (this.misses >= this.allowedMisses) {
        this.stop();
        this.onDead();
        return;
      }
    }
    this.outstanding = `hb-${++this.counter}`;
    this.sendPing(this.outstanding);
    this.timer = this.timers.setTimeout(() => this.beat(), this.intervalMs);
  }
}
