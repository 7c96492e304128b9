import type { Timers } from './timers';

/**
 * Pings the console at an interval and declares it dead after `allowedMisses` unanswered beats.
 * Chrome throttles timers in hidden tabs (down to once a minute), so beats missed while the page
 * is hidden do not count; when it becomes visible again the count restarts with a fresh ping.
 */
export interface Heartbeat {
  start(): void;
  stop(): void;
  /** A pong arrived; only the answer to the latest ping counts. */
  pong(id: string): boolean;
  /** The page became visible: forget misses counted while throttled, and check at once. */
  pageShown(): void;
}

/**
 * A closure rather than a class: its state lives in local variables, which the minifier
 * shortens, where a class's fields keep their full names in the initial bundle.
 */
export function createHeartbeat(
  timers: Timers,
  intervalMs: number,
  allowedMisses: number,
  isHidden: () => boolean,
  sendPing: (id: string) => void,
  onDead: () => void,
): Heartbeat {
  let timer: unknown = null;
  let outstanding: string | null = null;
  let misses = 0;
  let counter = 0;
  const stop = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = outstanding = null;
    misses = 0;
  };
  const beat = (): void => {
    if (outstanding !== null && !isHidden() && ++misses >= allowedMisses) {
      stop();
      return onDead();
    }
    outstanding = `hb-${++counter}`;
    sendPing(outstanding);
    timer = timers.setTimeout(beat, intervalMs);
  };
  const start = (): void => {
    stop();
    beat();
  };
  return {
    start,
    stop,
    pong: (id) => {
      if (id !== outstanding) return false;
      outstanding = null;
      misses = 0;
      return true;
    },
    // Restarting forgets the misses counted while throttled.
    pageShown: () => {
      if (timer !== null) start();
    },
  };
}
