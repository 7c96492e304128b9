/**
 * Wake-ups per idle minute: a logged-in agent with nothing happening, omni-mfe mounted on the
 * bench host, connected and in sync, and nothing sent. Counted in the host frame: every timer
 * callback (setTimeout, setInterval), animation frame and message handler that runs, each one a
 * time the frame's main thread woke. The heartbeat is the only wake-up omni-mfe needs; the floor
 * app, mounted the same way, is the baseline.
 */
import type { Browser, Page } from '@playwright/test';
import { guarded, row, type Row } from './figures';
import { HOST, openHost, QUICK, type Remote } from './host-figures';

/** How long the agent sits idle: a quick run a fifth of it. */
export const IDLE_S = QUICK ? 12 : 60;

export interface WakeUps {
  perMinute: number;
  /** Each source's share: timers, animation frames, messages. */
  by: { timers: number; frames: number; messages: number };
}

/**
 * Wraps the frame's wake-up sources before any page script runs; counts only in the frame of
 * `hostOrigin` (the bench host; the shift soak's DC frame), into window.__wakeups.
 */
export const COUNT_WAKEUPS = (hostOrigin: string) => {
  if (location.origin !== hostOrigin) return;
  const n = { timers: 0, frames: 0, messages: 0 };
  (window as unknown as { __wakeups: typeof n }).__wakeups = n;
  const wrap = <A extends unknown[]>(fn: (...a: A) => unknown, k: keyof typeof n) =>
    function (this: unknown, ...a: A) {
      n[k]++;
      return fn.apply(this, a);
    };
  const st = window.setTimeout.bind(window);
  const si = window.setInterval.bind(window);
  const raf = window.requestAnimationFrame.bind(window);
  window.setTimeout = ((cb: TimerHandler, ms?: number, ...a: unknown[]) =>
    st(
      typeof cb === 'function' ? wrap(cb as (...x: unknown[]) => unknown, 'timers') : cb,
      ms,
      ...a,
    )) as typeof setTimeout;
  window.setInterval = ((cb: TimerHandler, ms?: number, ...a: unknown[]) =>
    si(
      typeof cb === 'function' ? wrap(cb as (...x: unknown[]) => unknown, 'timers') : cb,
      ms,
      ...a,
    )) as typeof setInterval;
  window.requestAnimationFrame = (cb) => raf(wrap(cb, 'frames'));
  // One wrapper per listener, kept as long as the listener lives: adding the same listener
  // again gets the same wrapper (the platform then ignores the duplicate, as it would), and
  // removing it removes that wrapper. A fresh wrapper per call would leave every removed
  // listener registered, running and retained: a leak of the measuring code, not the page's.
  const counted = new WeakMap<object, EventListener>();
  const original = new WeakMap<object, unknown>();
  const counting = (cb: EventListenerOrEventListenerObject): EventListener => {
    let w = counted.get(cb);
    if (!w) {
      w =
        typeof cb === 'function'
          ? (wrap(cb as (...x: unknown[]) => unknown, 'messages') as EventListener)
          : function (e: Event) {
              n.messages++;
              return cb.handleEvent(e);
            };
      counted.set(cb, w);
      original.set(w, cb);
    }
    return w;
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, cb, opts) {
    return add.call(this, type, type === 'message' && cb ? counting(cb) : cb, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, cb, opts) {
    return remove.call(this, type, (type === 'message' && cb && counted.get(cb)) || cb, opts);
  };
  const desc = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!;
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    configurable: true,
    enumerable: desc.enumerable,
    // The handler reads back as the page set it, not as the count wrapped it.
    get(this: MessagePort) {
      const w = desc.get!.call(this) as object | null;
      return w && (original.get(w) ?? w);
    },
    set(this: MessagePort, fn: ((e: MessageEvent) => void) | null) {
      desc.set!.call(this, typeof fn === 'function' ? counting(fn as EventListener) : fn);
    },
  });
};

export async function idleWakeUps(browser: Browser, which: Remote): Promise<WakeUps> {
  const page: Page = await browser.newPage();
  try {
    await page.addInitScript(COUNT_WAKEUPS, new URL(HOST).origin);
    const frame = await openHost(page, which);
    type W = { bench: { mount(): Promise<number>; connected(): Promise<void> }; __wakeups: WakeUps['by'] };
    await frame.evaluate(async (omni) => {
      await (window as unknown as W).bench.mount();
      if (omni) await (window as unknown as W).bench.connected();
    }, which === 'omni');
    // Let the mount's own work run out before the idle minute starts.
    await page.waitForTimeout(2000);
    const read = () => frame.evaluate(() => ({ ...(window as unknown as W).__wakeups }));
    const before = await read();
    await page.waitForTimeout(IDLE_S * 1000);
    const after = await read();
    const by = {
      timers: after.timers - before.timers,
      frames: after.frames - before.frames,
      messages: after.messages - before.messages,
    };
    const perMin = (x: number) => (x * 60) / IDLE_S;
    return {
      perMinute: perMin(by.timers + by.frames + by.messages),
      by: { timers: perMin(by.timers), frames: perMin(by.frames), messages: perMin(by.messages) },
    };
  } finally {
    await page.close();
  }
}

/**
 * What an idle agent needs: the heartbeat, a ping every 5 s (omni-mfe's DEFAULT_LINK_SETTINGS),
 * each a timer and the bridge's answer on the port.
 */
export const HEARTBEAT_WAKEUPS_PER_MIN = 2 * (60 / 5);

/** The row: omni-mfe's wake-ups per idle minute beside the floor app's, by source. */
export function wakeUpRow(o: WakeUps, f: WakeUps): Row {
  const by = (w: WakeUps) =>
    `${w.perMinute.toFixed(0)} (timers ${w.by.timers.toFixed(0)}, frames ${w.by.frames.toFixed(0)}, messages ${w.by.messages.toFixed(0)})`;
  return guarded(
    row(
      `W wake-ups per idle minute of a logged-in agent, connected and in sync, nothing happening (${IDLE_S} s counted)`,
      by(o),
      `${by(f)} (floor app)`,
      '—',
      `≤ ${HEARTBEAT_WAKEUPS_PER_MIN} (the heartbeat's)`,
      o.perMinute <= HEARTBEAT_WAKEUPS_PER_MIN,
    ),
    ['W.wakeups.perMinute', o.perMinute, '/min', 10],
  );
}
