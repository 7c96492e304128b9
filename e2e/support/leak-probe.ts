/**
 * Counts, in every frame, the listeners on window and document, the MessagePorts left open with
 * a message handler, and the live timers, by wrapping the browser's own functions before any
 * page script runs (Playwright addInitScript).
 */
export const LEAK_PROBE = () => {
  const w = window as unknown as {
    __leaks: { listeners: Map<string, number>; intervals: Set<number>; timeouts: Set<number>; ports: { open: number } };
  };
  const state = {
    listeners: new Map<string, number>(),
    intervals: new Set<number>(),
    timeouts: new Set<number>(),
    ports: { open: 0 },
  };
  w.__leaks = state;
  const key = (target: EventTarget, type: string) =>
    target === window ? `window:${type}` : target === document ? `document:${type}` : null;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  // Listeners are counted per (target, type, callback, capture) once, as the browser does.
  const seen = new WeakMap<object, Set<string>>();
  EventTarget.prototype.addEventListener = function (
    type: string,
    cb: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    const k = cb ? key(this, type) : null;
    if (k && cb) {
      const capture = typeof options === 'boolean' ? options : !!options?.capture;
      const ids = seen.get(cb) ?? new Set<string>();
      const id = `${k}:${capture}`;
      if (!ids.has(id) && !(typeof options === 'object' && options?.once)) {
        ids.add(id);
        seen.set(cb, ids);
        state.listeners.set(k, (state.listeners.get(k) ?? 0) + 1);
      }
    }
    return add.call(this, type, cb, options);
  };
  EventTarget.prototype.removeEventListener = function (
    type: string,
    cb: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    const k = cb ? key(this, type) : null;
    if (k && cb) {
      const capture = typeof options === 'boolean' ? options : !!options?.capture;
      const ids = seen.get(cb);
      const id = `${k}:${capture}`;
      if (ids?.delete(id)) state.listeners.set(k, (state.listeners.get(k) ?? 1) - 1);
    }
    return remove.call(this, type, cb, options);
  };
  // A port counts from its first message handler until close(): a port dropped without close()
  // stays counted, because its handler and the frame's end of the channel may live on with it.
  // Weak sets, so that the probe itself keeps no port alive.
  const portsOpen = new WeakSet<MessagePort>();
  const portListeners = new WeakMap<MessagePort, number>();
  const portOpened = (port: MessagePort) => {
    if (portsOpen.has(port)) return;
    portsOpen.add(port);
    state.ports.open += 1;
  };
  const portClosed = (port: MessagePort) => {
    if (!portsOpen.delete(port)) return;
    state.ports.open -= 1;
  };
  const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!;
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    configurable: true,
    get() {
      return onmessage.get!.call(this);
    },
    set(fn: unknown) {
      onmessage.set!.call(this, fn);
      if (fn) portOpened(this);
      else if (!portListeners.get(this)) portClosed(this);
    },
  });
  const portAdd = MessagePort.prototype.addEventListener;
  const portRemove = MessagePort.prototype.removeEventListener;
  const close = MessagePort.prototype.close;
  MessagePort.prototype.addEventListener = function (
    this: MessagePort,
    type: string,
    cb: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (type === 'message' && cb) {
      portListeners.set(this, (portListeners.get(this) ?? 0) + 1);
      portOpened(this);
    }
    return portAdd.call(this, type, cb, options);
  } as typeof portAdd;
  MessagePort.prototype.removeEventListener = function (
    this: MessagePort,
    type: string,
    cb: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ) {
    if (type === 'message' && cb) {
      const left = Math.max(0, (portListeners.get(this) ?? 0) - 1);
      portListeners.set(this, left);
      if (!left && !onmessage.get!.call(this)) portClosed(this);
    }
    return portRemove.call(this, type, cb, options);
  } as typeof portRemove;
  MessagePort.prototype.close = function (this: MessagePort) {
    portClosed(this);
    return close.call(this);
  };
  const setI = window.setInterval.bind(window);
  const clearI = window.clearInterval.bind(window);
  const setT = window.setTimeout.bind(window);
  const clearT = window.clearTimeout.bind(window);
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = setI(fn, ms, ...args);
    state.intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) state.intervals.delete(id);
    clearI(id);
  }) as typeof window.clearInterval;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = setT(
      (...a: unknown[]) => {
        state.timeouts.delete(id);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    state.timeouts.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) state.timeouts.delete(id);
    clearT(id);
  }) as typeof window.clearTimeout;
};

export interface LeakCounts {
  listeners: Record<string, number>;
  intervals: number;
  timeouts: number;
  /** MessagePorts given a message handler and not closed. */
  ports: number;
  iframes: number;
}

/** Reads the counts in the frame it runs in. */
export const READ_LEAKS = (): LeakCounts => {
  const state = (
    window as unknown as {
      __leaks: {
        listeners: Map<string, number>;
        intervals: Set<number>;
        timeouts: Set<number>;
        ports: { open: number };
      };
    }
  ).__leaks;
  return {
    listeners: Object.fromEntries([...state.listeners].filter(([, n]) => n > 0)),
    intervals: state.intervals.size,
    timeouts: state.timeouts.size,
    ports: state.ports.open,
    iframes: document.querySelectorAll('iframe').length,
  };
};
