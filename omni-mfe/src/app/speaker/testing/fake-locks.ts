import type { SpeakerLocks } from '../speaker-election';

interface Request {
  readonly tab: string;
  readonly callback: (lock: unknown) => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (err: Error) => void;
}

/**
 * One lock name of the Web Locks API, as the browser keeps it for every tab of a partition: a
 * holder, a FIFO queue, `ifAvailable`, `steal` (the holder's request rejects) and `signal`
 * (a waiting request leaves the queue). Callbacks run in a later microtask, as the browser's do.
 * `closeTab` is the browser releasing what a closed page held and asked for.
 */
export class FakeLocks {
  private holder: Request | null = null;
  private readonly queue: Request[] = [];

  forTab(tab: string): SpeakerLocks {
    return {
      request: (_name, options, callback) =>
        new Promise((resolve, reject) => {
          const request: Request = { tab, callback, resolve, reject };
          if (options.steal) {
            this.holder?.reject(new DOMException('The lock was stolen.', 'AbortError'));
            this.holder = null;
            this.grant(request);
          } else if (options.ifAvailable && (this.holder || this.queue.length)) {
            queueMicrotask(() => Promise.resolve(callback(null)).then(resolve, reject));
          } else {
            options.signal?.addEventListener('abort', () => this.leaveQueue(request));
            this.queue.push(request);
            this.next();
          }
        }),
    };
  }

  /** The tab that holds the lock, if any. */
  get heldBy(): string | null {
    return this.holder?.tab ?? null;
  }

  closeTab(tab: string): void {
    this.queue.splice(0, Infinity, ...this.queue.filter((r) => r.tab !== tab));
    if (this.holder?.tab === tab) {
      this.holder = null;
      this.next();
    }
  }

  private leaveQueue(request: Request): void {
    const at = this.queue.indexOf(request);
    if (at < 0) return;
    this.queue.splice(at, 1);
    request.reject(new DOMException('The request was aborted.', 'AbortError'));
  }

  private next(): void {
    if (this.holder) return;
    const request = this.queue.shift();
    if (request) this.grant(request);
  }

  private grant(request: Request): void {
    this.holder = request;
    queueMicrotask(() =>
      Promise.resolve(request.callback({ name: 'lock' })).then((value) => {
        if (this.holder === request) {
          this.holder = null;
          this.next();
        }
        request.resolve(value);
      }),
    );
  }
}
