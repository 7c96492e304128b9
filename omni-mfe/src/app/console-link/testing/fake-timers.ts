import type { Timers } from '../timers';

/** A manual clock for bridge tests: time moves only when the test says so. */
export class FakeTimers implements Timers {
  private time = 0;
  private nextId = 1;
  private readonly queue = new Map<number, { at: number; fn: () => void }>();

  setTimeout(fn: () => void, ms: number): number {
    const id = this.nextId++;
    this.queue.set(id, { at: this.time + ms, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.queue.delete(handle as number);
  }

  /** Runs every timer due within `ms`, in order, including ones they schedule. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.queue].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      this.queue.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
    }
    this.time = end;
  }

  get pending(): number {
    return this.queue.size;
  }
}
