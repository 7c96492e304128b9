/**
 * The smallest observable shape the contracts need. RxJS observables satisfy it, so the shell
 * can hand over a BehaviorSubject without `shared/` depending on RxJS.
 */
export interface Unsubscribable {
  unsubscribe(): void;
}

export interface SubscribableObserver<T> {
  next: (value: T) => void;
  error?: (err: unknown) => void;
  complete?: () => void;
}

export interface Subscribable<T> {
  subscribe(observer: SubscribableObserver<T>): Unsubscribable;
}

export function isSubscribable(value: unknown): value is Subscribable<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof (value as { subscribe?: unknown }).subscribe === 'function'
  );
}
