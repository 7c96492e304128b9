/**
 * The shift's growth checks, the last simulated hour against the first (main-thread.ts measures
 * each block): the DC frame's main thread on traffic and idle, its idle wake-ups, and how long a
 * simulated ten minutes takes as a whole. Each figure, and a problem for each over its limit.
 */
import { busyHours, type BlockLoad } from './main-thread';

/** The DC frame's main thread, traffic and idle, beside a fixed piece of work. */
export const BUSY_MAX = 2;
/**
 * Idle wake-ups are counted, not timed, so a loaded machine does not move them (the shipped build
 * measured 1.00x in a short shift at load average 27): half as many again is growth.
 */
export const WAKEUP_MAX = 1.5;
/**
 * A simulated ten minutes' CPU time in the whole demo and the driver, the last hour's against the
 * first's (main-thread.ts, busyHours, says why CPU time, and why a wide limit). The simulated
 * console's page once redrew its whole lists on every change: a block then took 5 s at the start
 * of a shift and 30 s at its end, and its CPU time grew 4.9x from the first hour to the seventh
 * (4.65 s, then 22.9 s); shifts that grow nowhere measured 1.03x to 2.69x at load averages 10-24.
 * A short shift (two hours) is too short for this limit to catch that growth (1.43x there).
 */
export const DURATION_MAX = 3;

export function growthFigures(blocks: readonly BlockLoad[]): string[] {
  const hours = busyHours(blocks);
  if (!hours) return ['growth over the shift: a shift under two hours is not compared'];
  const { first, last } = hours;
  const hour = (h: { traffic: number; calibration: number }) =>
    `${h.traffic.toFixed(2)} s (a fixed piece of work: ${h.calibration.toFixed(0)} ms)`;
  return [
    `a simulated ten minutes, the whole demo and the driver: CPU time (median) ${first.cpu.toFixed(2)} s in the first hour, ${last.cpu.toFixed(2)} s in the last: ${hours.cpuGrowth.toFixed(2)}x (at most ${DURATION_MAX}x; the fixed work ${first.calibration.toFixed(0)} ms, then ${last.calibration.toFixed(0)} ms); wall time (fastest block) ${first.wall.toFixed(1)} s, then ${last.wall.toFixed(1)} s: ${hours.durationGrowth.toFixed(2)}x (not checked: load moves it)`,
    `DC frame's main thread for each simulated ten minutes' traffic, its idle rate taken off: ${hour(first)} in the first hour, ${hour(last)} in the last: ${hours.growth.toFixed(2)}x beside the fixed work (at most ${BUSY_MAX}x)`,
    `DC frame's idle main-thread rate (nothing happening): ${first.idle.toFixed(1)} ms/s in the first hour, ${last.idle.toFixed(1)} ms/s in the last: ${hours.idleGrowth.toFixed(2)}x beside the fixed work (at most ${BUSY_MAX}x)`,
    `DC frame's idle wake-ups (timer callbacks, animation frames, message handlers, nothing happening): ${first.wakeups.toFixed(1)}/s in the first hour, ${last.wakeups.toFixed(1)}/s in the last: ${hours.wakeupGrowth.toFixed(2)}x (at most ${WAKEUP_MAX}x)`,
  ];
}

export function growthProblems(blocks: readonly BlockLoad[]): string[] {
  const hours = busyHours(blocks);
  if (!hours) return [];
  const { first, last } = hours;
  const problems: string[] = [];
  if (hours.cpuGrowth > DURATION_MAX)
    problems.push(
      `a simulated ten minutes cost the demo and the driver ${hours.cpuGrowth.toFixed(2)}x the CPU time in the last hour as in the first (${first.cpu.toFixed(2)} s, then ${last.cpu.toFixed(2)} s; at most ${DURATION_MAX}x; wall time ${first.wall.toFixed(1)} s, then ${last.wall.toFixed(1)} s)`,
    );
  if (hours.wakeupGrowth > WAKEUP_MAX)
    problems.push(
      `the DC frame's idle wake-ups were ${hours.wakeupGrowth.toFixed(2)}x the first hour's in the last (${first.wakeups.toFixed(1)}/s, then ${last.wakeups.toFixed(1)}/s; at most ${WAKEUP_MAX}x)`,
    );
  if (hours.idleGrowth > BUSY_MAX)
    problems.push(
      `the DC frame's idle main-thread rate was ${hours.idleGrowth.toFixed(2)}x the first hour's in the last, beside a fixed piece of work (at most ${BUSY_MAX}x)`,
    );
  if (hours.growth > BUSY_MAX)
    problems.push(
      `the DC frame's main thread spent ${hours.growth.toFixed(2)}x as long on each simulated ten minutes' traffic in the last hour as in the first, beside a fixed piece of work (at most ${BUSY_MAX}x)`,
    );
  return problems;
}
