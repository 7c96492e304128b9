/**
 * The adverse timing profile's choices, as pure functions of a seeded generator: how late an
 * answer comes, and when each event of a burst is delivered. Ranges (docs/QA.md, "Adverse
 * timing", says which are Salesforce's documented behaviour and which are this simulator's
 * assumptions about a loaded org):
 * - an answer: 0–1,500 ms (half of them within 200 ms);
 * - the events a call caused: before its answer (a quarter), up to 800 ms after it, or, for
 *   about one burst in six, 1,100–2,500 ms after it: later than any time window a client could
 *   keep for telling its own change's echo (omni-mfe keeps none: it tells them by its calls);
 * - events caused elsewhere (the widget, routing, push timeouts): 0–2,500 ms;
 * - a burst is delivered in one task (coalesced) about one time in three; otherwise each of its
 *   events gets its own jitter, so that events of different streams may swap places;
 * - about one event in sixteen is delivered twice;
 * - two changes of one mergeable stream in a burst (the workload) are merged into one half the
 *   time, delivered where the second was.
 * Events of one stream (the presence, one work item, the workload) keep their order, across
 * bursts too: a loaded org is late, not incoherent.
 */
export type Random = () => number;

/** Milliseconds in [min, max). */
const between = (rnd: Random, min: number, max: number) => Math.floor(min + rnd() * (max - min));

export const ANSWER_MAX_MS = 1500;
export const AFTER_ANSWER_MAX_MS = 2500;
/** A late echo starts after this much past the answer (omni-mfe keeps 1,000 ms). */
export const LATE_ECHO_MIN_MS = 1100;
const DUPLICATE_P = 1 / 16;
const COALESCE_P = 1 / 3;
const MERGE_P = 1 / 2;

export function answerDelay(rnd: Random): number {
  const r = rnd();
  if (r < 0.5) return between(rnd, 0, 200);
  if (r < 0.85) return between(rnd, 200, 800);
  return between(rnd, 800, ANSWER_MAX_MS + 1);
}

/** When a burst starts, relative to now: around the answer of the call that caused it, if any. */
export function burstStart(rnd: Random, answer: number | undefined): number {
  const r = rnd();
  if (answer === undefined) {
    if (r < 0.6) return between(rnd, 0, 300);
    if (r < 0.9) return between(rnd, 300, 1500);
    return between(rnd, 1500, AFTER_ANSWER_MAX_MS + 1);
  }
  if (r < 0.25) return answer === 0 ? 0 : between(rnd, 0, answer);
  if (r < 0.83) return answer + between(rnd, 0, 800);
  return answer + between(rnd, LATE_ECHO_MIN_MS, AFTER_ANSWER_MAX_MS + 1);
}

export interface PlannedDelivery<E> {
  readonly event: E;
  /** Milliseconds from now. */
  readonly delay: number;
}

export interface BurstShape<E> {
  readonly events: readonly E[];
  streamOf(event: E): string;
  /** One event for two consecutive changes of a stream, or null when they cannot be merged. */
  merge?(first: E, second: E): E | null;
}

/**
 * Plans one burst. `notBefore(stream)` is the delay before which the stream's earlier events are
 * still on their way (their order is kept); the plan is in delivery order.
 */
export function planBurst<E>(
  rnd: Random,
  shape: BurstShape<E>,
  answer: number | undefined,
  notBefore: (stream: string) => number,
): PlannedDelivery<E>[] {
  const events = mergeRuns(rnd, shape);
  const start = burstStart(rnd, answer);
  const coalesced = rnd() < COALESCE_P;
  const last = new Map<string, number>();
  const plan: PlannedDelivery<E>[] = [];
  for (const event of events) {
    const stream = shape.streamOf(event);
    const copies = rnd() < DUPLICATE_P ? 2 : 1;
    for (let copy = 0; copy < copies; copy++) {
      const wanted = coalesced && copy === 0 ? start : start + between(rnd, 0, 200) + copy;
      const inBurst = last.get(stream);
      const floor = inBurst === undefined ? notBefore(stream) : inBurst + (coalesced && copy === 0 ? 0 : 2);
      const delay = Math.max(wanted, floor);
      last.set(stream, delay);
      plan.push({ event, delay });
    }
  }
  // Stable: equal delays keep the burst's order (one task, in order).
  return plan
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.delay - b.p.delay || a.i - b.i)
    .map(({ p }) => p);
}

function mergeRuns<E>(rnd: Random, shape: BurstShape<E>): E[] {
  const out: E[] = [];
  for (const event of shape.events) {
    const stream = shape.streamOf(event);
    let at = out.length - 1;
    while (at >= 0 && shape.streamOf(out[at]) !== stream) at--;
    const merged = at >= 0 && shape.merge && rnd() < MERGE_P ? shape.merge(out[at], event) : null;
    if (merged) out.splice(at, 1);
    out.push(merged ?? event);
  }
  return out;
}
