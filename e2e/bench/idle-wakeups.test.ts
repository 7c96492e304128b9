import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInContext, createContext } from 'node:vm';
import { COUNT_WAKEUPS } from './idle-wakeups';

const ORIGIN = 'http://127.0.0.1:4200';
type Counts = { timers: number; frames: number; messages: number };

/** A port class whose onmessage is an accessor on its own prototype, as MessagePort's is. */
function portClass() {
  return class Port extends EventTarget {
    #handler: ((e: Event) => void) | null = null;
    get onmessage() {
      return this.#handler;
    }
    set onmessage(fn: ((e: Event) => void) | null) {
      this.#handler = fn;
    }
    deliver(): void {
      this.#handler?.call(this, new Event('message'));
    }
  };
}

/**
 * A frame of `origin` with COUNT_WAKEUPS installed as Playwright installs it (its source, run in
 * the frame): its own EventTarget and MessagePort classes, so that the patch stays in here.
 */
function frameWithCount(origin = ORIGIN) {
  class Target extends EventTarget {}
  const Port = portClass();
  const frame: Record<string, unknown> = {
    location: { origin },
    EventTarget: Target,
    MessagePort: Port,
    setTimeout: () => 0,
    setInterval: () => 0,
    requestAnimationFrame: () => 0,
  };
  frame['window'] = frame;
  createContext(frame);
  runInContext(`(${COUNT_WAKEUPS.toString()})(${JSON.stringify(ORIGIN)})`, frame);
  const counts = () => ({ ...(frame['__wakeups'] as Counts) });
  return { target: new Target(), port: new Port(), counts, frame };
}

const message = () => new Event('message');

test('a removed message listener no longer runs, nor counts', () => {
  const { target, counts } = frameWithCount();
  let calls = 0;
  const listener = () => calls++;
  target.addEventListener('message', listener);
  target.dispatchEvent(message());
  target.removeEventListener('message', listener);
  target.dispatchEvent(message());
  target.dispatchEvent(message());
  assert.equal(calls, 1);
  assert.equal(counts().messages, 1);
});

test('the same listener added twice runs once a message, as without the count', () => {
  const { target, counts } = frameWithCount();
  let calls = 0;
  const listener = () => calls++;
  target.addEventListener('message', listener);
  target.addEventListener('message', listener);
  target.dispatchEvent(message());
  assert.equal(calls, 1);
  assert.equal(counts().messages, 1);
});

test('a listener object is counted, called as itself and removable', () => {
  const { target, counts } = frameWithCount();
  const seen: unknown[] = [];
  const listener = {
    handleEvent(this: unknown) {
      seen.push(this);
    },
  };
  target.addEventListener('message', listener);
  target.dispatchEvent(message());
  target.removeEventListener('message', listener);
  target.dispatchEvent(message());
  assert.deepEqual(seen, [listener]);
  assert.equal(counts().messages, 1);
});

test('other event types are neither wrapped nor counted', () => {
  const { target, counts } = frameWithCount();
  let calls = 0;
  const listener = () => calls++;
  target.addEventListener('click', listener);
  target.removeEventListener('click', listener);
  target.dispatchEvent(new Event('click'));
  assert.equal(calls, 0);
  assert.equal(counts().messages, 0);
});

test("a port's onmessage counts each message and reads back as the page set it", () => {
  const { port, counts } = frameWithCount();
  let calls = 0;
  const handler = () => calls++;
  port.onmessage = handler;
  assert.equal(port.onmessage, handler);
  port.deliver();
  port.onmessage = null;
  assert.equal(port.onmessage, null);
  port.deliver();
  assert.equal(calls, 1);
  assert.equal(counts().messages, 1);
});

test('a frame of another origin is left as it is', () => {
  const { target, frame } = frameWithCount('http://localhost:4300');
  assert.equal(frame['__wakeups'], undefined);
  let calls = 0;
  const listener = () => calls++;
  target.addEventListener('message', listener);
  target.removeEventListener('message', listener);
  target.dispatchEvent(message());
  assert.equal(calls, 0);
});
