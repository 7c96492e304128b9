import type { ToolkitCallCount } from '../control-api';
import { SimRefusal } from '../model/omni-records';

/**
 * Lightning's calls, answered as its Promise-based APIs answer: in a later task, resolved with the
 * result or rejected with an Error. Counts every call and its outcome (the control API's
 * `toolkitCalls()`) and makes planned ones fail (`failNext`). A SimRefusal from the model is a
 * rejection; any other exception is a bug of the simulator and is thrown.
 */
export class CallLedger {
  readonly counts: Record<string, ToolkitCallCount> = {};
  private readonly failures = new Map<string, number>();

  failNext(method: string, times = 1): void {
    this.failures.set(method, (this.failures.get(method) ?? 0) + times);
  }

  /** Runs `run` now (its effects happen at once, as the org's) and answers in a later task. */
  call<R>(method: string, run: () => R): Promise<R> {
    const count = (this.counts[method] ??= { calls: 0, succeeded: 0, failed: 0 });
    count.calls += 1;
    const planned = this.failures.get(method) ?? 0;
    let outcome: { ok: true; value: R } | { ok: false; error: Error };
    if (planned > 0) {
      this.failures.set(method, planned - 1);
      outcome = { ok: false, error: new Error(`${method} failed (the simulated console was told to fail it).`) };
    } else {
      try {
        outcome = { ok: true, value: run() };
      } catch (err) {
        if (!(err instanceof SimRefusal)) throw err;
        outcome = { ok: false, error: new Error(err.message) };
      }
    }
    return new Promise<R>((resolve, reject) =>
      setTimeout(() => {
        if (outcome.ok) {
          count.succeeded += 1;
          resolve(outcome.value);
        } else {
          count.failed += 1;
          reject(outcome.error);
        }
      }, 0),
    );
  }
}
