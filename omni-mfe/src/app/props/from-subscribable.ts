import { Observable } from 'rxjs';
import type { Subscribable } from '@shared/contracts/subscribable';

/** The contract only promises `subscribe`; this makes it an RxJS observable that unsubscribes on teardown. */
export function fromSubscribable<T>(source: Subscribable<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    const subscription = source.subscribe({
      next: (value) => subscriber.next(value),
      error: (err) => subscriber.error(err),
      complete: () => subscriber.complete(),
    });
    return () => subscription.unsubscribe();
  });
}
