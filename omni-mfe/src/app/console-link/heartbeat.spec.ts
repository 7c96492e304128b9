import { createHeartbeat, type Heartbeat } from './heartbeat';
import { FakeTimers } from './testing/fake-timers';

describe('Heartbeat', () => {
  let timers: FakeTimers;
  let hidden: boolean;
  let pings: string[];
  let dead: number;
  let heartbeat: Heartbeat;

  beforeEach(() => {
    timers = new FakeTimers();
    hidden = false;
    pings = [];
    dead = 0;
    heartbeat = createHeartbeat(
      timers,
      1000,
      3,
      () => hidden,
      (id) => pings.push(id),
      () => dead++,
    );
    heartbeat.start();
  });

  it('stays alive while pongs come back', () => {
    for (let i = 0; i < 10; i++) {
      heartbeat.pong(pings[pings.length - 1]);
      timers.advance(1000);
    }
    expect(dead).toBe(0);
  });

  it('declares the bridge dead after three unanswered beats, once', () => {
    timers.advance(2000);
    expect(dead).toBe(0);
    timers.advance(1000);
    expect(dead).toBe(1);
    timers.advance(10_000);
    expect(dead).toBe(1);
  });

  it('does not count beats missed while the page is hidden (throttled timers)', () => {
    hidden = true;
    timers.advance(60_000);
    expect(dead).toBe(0);
    hidden = false;
    heartbeat.pageShown();
    heartbeat.pong(pings[pings.length - 1]);
    timers.advance(2000);
    expect(dead).toBe(0);
  });

  it('only counts the answer to the latest ping', () => {
    const first = pings[0];
    timers.advance(1000);
    expect(heartbeat.pong(first)).toBeFalse();
    expect(heartbeat.pong(pings[1])).toBeTrue();
  });
});
