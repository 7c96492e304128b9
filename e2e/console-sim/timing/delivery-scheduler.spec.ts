import { ANSWER_MAX_MS, AFTER_ANSWER_MAX_MS, LATE_ECHO_MIN_MS, answerDelay, planBurst } from './delivery-plan';
import { DeliveryScheduler, type SchedulerClock } from './delivery-scheduler';
import { seededRandom } from './seeded-random';
import { timingOfQuery } from './timing-query';

/** A clock whose timers run when the test says, in due order (equal due times: in creation order). */
class ManualClock implements SchedulerClock {
  private time = 0;
  private timers: { due: number; seq: number; run: () => void }[] = [];
  private seq = 0;
  setTimeout(run: () => void, ms: number): unknown {
    this.timers.push({ due: this.time + ms, seq: this.seq++, run });
    return undefined;
  }
  now(): number {
    return this.time;
  }
  /** Runs every timer due up to `ms` from now; returns the times they ran at. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.due <= until).sort((a, b) => a.due - b.due || a.seq - b.seq)[0];
      if (!next) break;
      this.timers.splice(this.timers.indexOf(next), 1);
      this.time = next.due;
      next.run();
    }
    this.time = until;
  }
}

type Ev = { stream: string; n: number };
const burstOf = (events: Ev[], log: string[], clock: ManualClock) => ({
  events,
  streamOf: (e: Ev) => e.stream,
  deliver: (e: Ev) => log.push(`${e.stream}${e.n}@${clock.now()}`),
});

describe('DeliveryScheduler (calm and adverse timing)', () => {
  it('calm: answers in the next task and delivers the events after it, in order', () => {
    const clock = new ManualClock();
    const scheduler = new DeliveryScheduler(undefined, clock);
    const log: string[] = [];
    const delay = scheduler.planAnswer();
    scheduler.answer(delay, () => log.push('answer'));
    scheduler.deliver(
      burstOf(
        [
          { stream: 'w', n: 1 },
          { stream: 'p', n: 2 },
        ],
        log,
        clock,
      ),
      delay,
    );
    expect(log).toEqual([]);
    clock.advance(0);
    expect(log).toEqual(['answer', 'w1@0', 'p2@0']);
  });

  it('adverse: the same seed and calls give the same timings; another seed other ones', () => {
    const run = (seed: number) => {
      const clock = new ManualClock();
      const scheduler = new DeliveryScheduler({ profile: 'adverse', seed }, clock);
      const log: string[] = [];
      for (let call = 0; call < 20; call++) {
        const delay = scheduler.planAnswer();
        scheduler.answer(delay, () => log.push(`answer${call}@${clock.now()}`));
        scheduler.deliver(
          burstOf(
            [
              { stream: 'p', n: call },
              { stream: 'w', n: call },
            ],
            log,
            clock,
          ),
          delay,
        );
        clock.advance(100);
      }
      clock.advance(10_000);
      return log;
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('adverse: answers within 0–1,500 ms, events from before the answer up to 2.5 s after it', () => {
    const rnd = seededRandom(7);
    let before = 0;
    let late = 0;
    for (let i = 0; i < 2000; i++) {
      const answer = answerDelay(rnd);
      expect(answer).toBeGreaterThanOrEqual(0);
      expect(answer).toBeLessThanOrEqual(ANSWER_MAX_MS);
      const plan = planBurst(rnd, { events: [1], streamOf: () => `s${i}` }, answer, () => 0);
      for (const { delay } of plan) {
        expect(delay).toBeGreaterThanOrEqual(0);
        // The jitter of one event (under 200 ms) and a duplicate's 1 ms come on top of the burst's start.
        expect(delay).toBeLessThanOrEqual(answer + AFTER_ANSWER_MAX_MS + 201);
      }
      if (plan[0].delay < answer) before++;
      if (plan[0].delay >= answer + LATE_ECHO_MIN_MS) late++;
    }
    // Some events come before their call's answer, some later than omni-mfe's 1 s echo window.
    expect(before).toBeGreaterThan(200);
    expect(late).toBeGreaterThan(150);
  });

  it('adverse: each stream keeps its order across bursts; streams may swap; some events come twice', () => {
    const clock = new ManualClock();
    const scheduler = new DeliveryScheduler({ profile: 'adverse', seed: 2024 }, clock);
    const log: Ev[] = [];
    const burst = (events: Ev[]) => ({ events, streamOf: (e: Ev) => e.stream, deliver: (e: Ev) => log.push(e) });
    for (let n = 0; n < 300; n++) {
      scheduler.deliver(
        burst([
          { stream: 'a', n },
          { stream: 'b', n },
        ]),
        n % 2 ? scheduler.planAnswer() : undefined,
      );
      clock.advance(n % 3 === 0 ? 0 : 40);
    }
    clock.advance(10_000);
    for (const stream of ['a', 'b']) {
      const ns = log.filter((e) => e.stream === stream).map((e) => e.n);
      expect(ns).toEqual([...ns].sort((x, y) => x - y));
      expect(new Set(ns).size).toBe(300);
      expect(ns.length).toBeGreaterThan(300); // duplicates, each right after its original
    }
    const swapped = log.findIndex((e, i) => e.stream === 'b' && log[i + 1]?.stream === 'a' && log[i + 1].n === e.n);
    expect(swapped).toBeGreaterThanOrEqual(0);
  });

  it('adverse: merges two changes of a mergeable stream in a burst about half the time', () => {
    const rnd = seededRandom(99);
    let merged = 0;
    for (let i = 0; i < 400; i++) {
      const plan = planBurst(
        rnd,
        { events: ['w1', 'x', 'w2'], streamOf: (e) => e[0], merge: (a, b) => `${a}+${b}` },
        undefined,
        () => 0,
      );
      if (plan.some((p) => p.event === 'w1+w2')) {
        merged++;
        expect(plan.map((p) => p.event)).not.toContain('w1');
      }
    }
    expect(merged).toBeGreaterThan(120);
    expect(merged).toBeLessThan(280);
  });

  it('keeps only the profile and the seed of what it was given (the URL reading has more)', () => {
    const read = timingOfQuery('?timing=adverse', () => 3);
    expect(new DeliveryScheduler(read, new ManualClock()).timing).toEqual({ profile: 'adverse', seed: 3 });
  });

  it('switches profile and seed at run time', () => {
    const scheduler = new DeliveryScheduler(undefined, new ManualClock());
    expect(scheduler.timing).toEqual({ profile: 'calm', seed: 1 });
    scheduler.setTiming('adverse', 5);
    expect(scheduler.timing).toEqual({ profile: 'adverse', seed: 5 });
    const first = [scheduler.planAnswer(), scheduler.planAnswer()];
    scheduler.setTiming('adverse', 6);
    scheduler.setTiming('adverse', 5);
    expect([scheduler.planAnswer(), scheduler.planAnswer()]).toEqual(first);
    scheduler.setTiming('calm');
    expect(scheduler.planAnswer()).toBe(0);
  });
});

describe('the console URL’s ?timing=adverse&seed=N', () => {
  it('reads the profile and the seed, and takes a fresh seed when none is given', () => {
    expect(timingOfQuery('')).toEqual({ profile: 'calm', seed: 1, fresh: false });
    expect(timingOfQuery('?timing=adverse&seed=1234&console=lightning')).toEqual({
      profile: 'adverse',
      seed: 1234,
      fresh: false,
    });
    expect(timingOfQuery('?timing=adverse', () => 77)).toEqual({ profile: 'adverse', seed: 77, fresh: true });
    expect(timingOfQuery('?timing=adverse&seed=-3', () => 78)).toEqual({ profile: 'adverse', seed: 78, fresh: true });
    expect(timingOfQuery('?timing=slow&seed=5')).toEqual({ profile: 'calm', seed: 5, fresh: false });
  });
});
