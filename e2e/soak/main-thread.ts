/**
 * How busy the DC frame's main thread is per simulated ten minutes, beside how long a fixed
 * piece of work takes there at the same moment: the machine is shared, so a slower last hour
 * counts against omni-mfe only as far as the fixed work did not slow down too.
 */
import type { CDPSession, Frame } from '@playwright/test';

/** One simulated ten minutes: main-thread seconds (CDP TaskDuration) and the fixed work's ms. */
export interface BlockLoad {
  readonly busy: number;
  readonly calibration: number;
}

/** Ten simulated minutes each: 6 make an hour. */
export const HOUR = 6;

export async function mainThreadProbe(cdp: CDPSession, frame: Frame) {
  await cdp.send('Performance.enable');
  const total = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  // The median of three runs of a fixed loop of about 50 ms, so that one preemption does not count.
  const calibrate = () =>
    frame.evaluate(() => {
      const runs: number[] = [];
      for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        let x = 0;
        for (let i = 0; i < 2e7; i++) x += Math.sqrt(i);
        runs.push(performance.now() - t0 + (x < 0 ? 1 : 0));
      }
      return runs.sort((a, b) => a - b)[1];
    });
  let before = await total();
  return {
    /** The load of the block that just ended (the calibration's own time is left out). */
    async block(): Promise<BlockLoad> {
      const busy = (await total()) - before;
      const calibration = await calibrate();
      before = await total();
      return { busy, calibration };
    },
  };
}

/**
 * The first and the last simulated hour: main-thread seconds per ten minutes, the fixed work's
 * ms, and how much slower omni-mfe's frame got beyond what the fixed work did; null under two hours.
 */
export function busyHours(blocks: readonly BlockLoad[]) {
  if (blocks.length < 2 * HOUR) return null;
  const mean = (xs: readonly BlockLoad[], key: keyof BlockLoad) => xs.reduce((a, b) => a + b[key], 0) / xs.length;
  const [first, last] = [blocks.slice(0, HOUR), blocks.slice(-HOUR)].map((xs) => ({
    busy: mean(xs, 'busy'),
    calibration: mean(xs, 'calibration'),
  }));
  return { first, last, growth: last.busy / last.calibration / (first.busy / first.calibration) };
}
