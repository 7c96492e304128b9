import type { TimingState } from './delivery-scheduler';
import { freshSeed } from './seeded-random';

/**
 * The console URL's timing: `?timing=adverse&seed=N` is the adverse profile with seed N;
 * `?timing=adverse` alone takes a fresh seed (`fresh`: true, so that the page prints it). Anything
 * else is calm. A seed is a whole number from 0 to 2^32 - 1.
 */
export function timingOfQuery(search: string, newSeed: () => number = freshSeed): TimingState & { fresh: boolean } {
  const params = new URLSearchParams(search);
  const given = params.get('seed');
  const seed = given !== null && /^\d{1,10}$/.test(given) && Number(given) < 2 ** 32 ? Number(given) : null;
  if (params.get('timing') !== 'adverse') return { profile: 'calm', seed: seed ?? 1, fresh: false };
  return seed === null
    ? { profile: 'adverse', seed: newSeed(), fresh: true }
    : { profile: 'adverse', seed, fresh: false };
}

/** How the page names a timing (the badge's text, and the line printed in the page's console). */
export function timingText(state: TimingState): string {
  return state.profile === 'adverse'
    ? `Timing: adverse, seed ${state.seed} (replay: ?timing=adverse&seed=${state.seed})`
    : 'Timing: calm';
}
