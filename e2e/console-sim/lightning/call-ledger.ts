import type { ToolkitCallCount } from '../control-api';
import { SimRefusal } from '../model/omni-records';

const FALSE_ANSWER = new Error('resolved false');

/**
 * Lightning's calls, answered as its Promise-based APIs answer: in a later task, resolved with the
 * result or rejected with an Error. Counts every call and its outcome (the control API's
 * `toolkitCalls()`) and makes planned ones fail (`failNext`). A SimRefusal from the model is a
 * rejection; any other exception is a bug of the simulator and is thrown.
 */
export class CallLedger {
  readonly counts: Record<string, ToolkitCallCount> = {};
  private readonly failures = new Map<string, ('error' | 'false')[]>();

  /**
   * The next `times` calls of `method` fail: rejected with an Error, or (`as: 'false'`) resolved
   * with `false`, which the documentation's samples check for (`if (result) … else …`), for the
   * methods that answer `true` on success. Either way nothing changes in the org.
   */
  failNext(method: string, times = 1, as: 'error' | 'false' = 'error'): void {
    const planned = this.failures.get(method) ?? [];
    this.failures.set(method, [...planned, ...Array<'error' | 'false'>(times).fill(as)]);
  }

  /** Runs `run` now (its effects happen at once, as the org's) and answers in a later task, `delay` ms on. */
  call<R>(method: string, run: () => R, delay = 0): Promise<R> {
    const count = (this.counts[method] ??= { calls: 0, succeeded: 0, failed: 0 });
    count.calls += 1;
    const planned = this.failures.get(method)?.shift();
    let outcome: { ok: true; value: R } | { ok: false; error: Error };
    if (planned === 'false') {
      // Counted as failed: the caller is told the call did nothing.
      outcome = { ok: false, error: FALSE_ANSWER };
    } else if (planned === 'error') {
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
          if (outcome.error === FALSE_ANSWER) resolve(false as R);
          else reject(outcome.error);
        }
      }, delay),
    );
  }
}
