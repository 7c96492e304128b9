import type { DropReason } from './envelope';

/**
 * Counts dropped messages and logs them at most once per interval, as a summary: a flood of
 * rejected messages must never flood the console (and freeze the agent's tab) in turn.
 */
export class DropLog {
  private readonly total = new Map<DropReason, number>();
  private readonly pending = new Map<DropReason, number>();
  private lastLogAt = -Infinity;
  private lastDetail = '';

  constructor(
    private readonly where: string,
    private readonly log: (line: string) => void = (line) => console.warn(line),
    private readonly now: () => number = () => Date.now(),
    private readonly intervalMs = 5_000,
  ) {}

  /** Records one dropped message. */
  drop(reason: DropReason, detail: string): void {
    this.total.set(reason, (this.total.get(reason) ?? 0) + 1);
    this.pending.set(reason, (this.pending.get(reason) ?? 0) + 1);
    this.lastDetail = detail.slice(0, 200);
    if (this.now() - this.lastLogAt >= this.intervalMs) this.flush();
  }

  /** Counts since start, by reason. */
  counts(): Readonly<Record<DropReason, number>> {
    const counts = {
      origin: 0,
      source: 0,
      'not-envelope': 0,
      version: 0,
      schema: 0,
      unexpected: 0,
      recipient: 0,
      session: 0,
    };
    for (const [reason, n] of this.total) counts[reason] = n;
    return counts;
  }

  get dropped(): number {
    let sum = 0;
    for (const n of this.total.values()) sum += n;
    return sum;
  }

  private flush(): void {
    if (this.pending.size === 0) return;
    const parts = [...this.pending].map(([reason, n]) => `${reason} ${n}`).join(', ');
    this.log(`${this.where}: dropped bridge messages (${parts}); last: ${this.lastDetail}`);
    this.pending.clear();
    this.lastLogAt = this.now();
  }
}
