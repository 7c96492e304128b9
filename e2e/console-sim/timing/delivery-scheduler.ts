import { answerDelay, planBurst, type BurstShape } from './delivery-plan';
import { seededRandom } from './seeded-random';

/** How the simulated consoles time their answers and events. */
export type TimingProfile = 'calm' | 'adverse';

export interface TimingState {
  readonly profile: TimingProfile;
  /** The adverse profile's seed (kept while calm, so that switching back replays from it). */
  readonly seed: number;
}

/** A burst of events, and how to hand one of them to its listeners. */
export interface Burst<E> extends BurstShape<E> {
  deliver(event: E): void;
}

export interface SchedulerClock {
  setTimeout(run: () => void, ms: number): unknown;
  now(): number;
}

const browserClock: SchedulerClock = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  now: () => Date.now(),
};

/**
 * The one place where both simulated consoles decide when a toolkit answer or event arrives.
 * Calm (the default): an answer in the next task, the events it caused right after it, in order.
 * Adverse: a loaded org, from a seeded generator (delivery-plan.ts); the same seed and the same
 * calls give the same timings.
 */
export class DeliveryScheduler {
  private rnd: () => number;
  private state: TimingState;
  /** When each stream's last planned event is due (clock time), so that streams keep their order. */
  private readonly streamDue = new Map<string, number>();

  constructor(
    initial: TimingState = { profile: 'calm', seed: 1 },
    private readonly clock: SchedulerClock = browserClock,
  ) {
    this.state = { profile: initial.profile, seed: initial.seed };
    this.rnd = seededRandom(initial.seed);
  }

  get timing(): TimingState {
    return this.state;
  }

  /** Switches the profile; a new seed restarts the generator. */
  setTiming(profile: TimingProfile, seed = this.state.seed): void {
    if (seed !== this.state.seed || profile !== this.state.profile) this.rnd = seededRandom(seed);
    this.state = { profile, seed };
  }

  /** Plans a call's answer: its delay in ms (0 when calm), to pass on to `answer` and `deliver`. */
  planAnswer(): number {
    return this.state.profile === 'adverse' ? answerDelay(this.rnd) : 0;
  }

  answer(delay: number, run: () => void): void {
    this.clock.setTimeout(run, delay);
  }

  /**
   * Delivers a burst of events. `answered`: the answer delay of the toolkit call that caused them
   * (calm: they follow the answer, as the callback is queued first); none for events caused
   * elsewhere.
   */
  deliver<E>(burst: Burst<E>, answered?: number): void {
    if (burst.events.length === 0) return;
    if (this.state.profile === 'calm') {
      for (const event of burst.events) this.clock.setTimeout(() => burst.deliver(event), 0);
      return;
    }
    const now = this.clock.now();
    const notBefore = (stream: string) => Math.max(0, (this.streamDue.get(stream) ?? -Infinity) - now + 2);
    // Events due at the same time are delivered in one task, as a coalesced burst is.
    const tasks = new Map<number, E[]>();
    for (const { event, delay } of planBurst(this.rnd, burst, answered, notBefore)) {
      this.streamDue.set(burst.streamOf(event), now + delay);
      const task = tasks.get(delay);
      if (task) task.push(event);
      else tasks.set(delay, [event]);
    }
    for (const [delay, events] of tasks) this.clock.setTimeout(() => events.forEach((e) => burst.deliver(e)), delay);
  }
}
