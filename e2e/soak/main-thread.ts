/**
 * What the DC frame's main thread spends on each simulated ten minutes' traffic. The frame also
 * works while it waits (omni-mfe's heartbeat and clocks tick, the driver looks for the next
 * change), and a block lasts longer when the simulated console is slower, so the frame's idle
 * rate, measured over a second without traffic at the end of each block, is taken off for the
 * block's wall time. The machine is shared, so that cost is set beside a fixed piece of work
 * timed in the same frame at the same moment: the last hour may cost more only as far as the
 * fixed work did too.
 */
import type { CDPSession, Frame } from '@playwright/test';

/**
 * One simulated ten minutes: the traffic's main-thread seconds, the frame's idle rate (main-thread
 * ms per second with nothing happening: its own figure, so that background work that grows, a
 * leaked timer, is seen rather than taken off as idle) and the fixed work's ms.
 */
export interface BlockLoad {
  readonly traffic: number;
  readonly idle: number;
  /** Wake-ups per idle second (timer callbacks, animation frames, message handlers): counted, not timed, so a loaded machine does not move them. */
  readonly wakeups: number;
  readonly calibration: number;
  /**
   * The block's wall-clock seconds, the probe's own time left out: the whole shift's pace (the DC
   * frame, the simulated console's page and the driver), which must not slow down as a shift goes on.
   */
  readonly wall: number;
  /** The block's CPU seconds in every process of the demo and the driver (demo-cpu.ts), the probe's own left out. */
  readonly cpu: number;
}

/** Ten simulated minutes each: 6 make an hour. */
export const HOUR = 6;
const IDLE_MS = 1000;

export async function mainThreadProbe(cdp: CDPSession, frame: Frame, cpuClock: () => Promise<number>) {
  await cdp.send('Performance.enable');
  const busy = async () =>
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
  // The count COUNT_WAKEUPS (e2e/bench/idle-wakeups.ts) keeps in the frame; 0 without it.
  const woken = () =>
    frame.evaluate(() => {
      const w = (window as unknown as { __wakeups?: { timers: number; frames: number; messages: number } }).__wakeups;
      return w ? w.timers + w.frames + w.messages : 0;
    });
  const idle = (ms: number) => frame.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), ms);
  let [before, started, cpuBefore] = [await busy(), Date.now(), await cpuClock()];
  return {
    /** The load of the block that just ended (the probe's own time is left out). */
    async block(): Promise<BlockLoad> {
      const [spent, wall, cpu] = [
        (await busy()) - before,
        (Date.now() - started) / 1000,
        (await cpuClock()) - cpuBefore,
      ];
      const [idleStart, wokeStart] = [await busy(), await woken()];
      await idle(IDLE_MS);
      const idleRate = ((await busy()) - idleStart) / (IDLE_MS / 1000);
      const wakeups = ((await woken()) - wokeStart) / (IDLE_MS / 1000);
      const calibration = await calibrate();
      [before, started, cpuBefore] = [await busy(), Date.now(), await cpuClock()];
      const traffic = Math.max(0, spent - idleRate * wall);
      return { traffic, idle: idleRate * 1000, wakeups, calibration, wall, cpu };
    },
  };
}

/**
 * The first and the last simulated hour: the traffic's main-thread seconds per ten minutes, the
 * idle rate, the fixed work's ms, and how much more the last hour's traffic and idle rate cost
 * beside the fixed work; a block's wall seconds (the fastest of the hour) and CPU seconds (the
 * median), and how much more the last hour's took. Null for a shift under two hours.
 *
 * The wall time is the block's duration as the shift's pace shows it, but a load that lasts the
 * last simulated hour (about a minute and a half) moves every block of it: on a shared machine, a
 * shift that grows nowhere measured 3.1x there at load average 24 (the fixed work moved 2.4x).
 * The check uses the CPU time, which load moves less than wall time but still moves (waits poll,
 * caches are shared): 2.69x in a shift that grows nowhere, when the fixed work moved 3.7x. Set
 * beside the fixed work it over-corrects (2.62x in a shift whose CPU time moved 1.03x while the
 * fixed work fell from 159 to 63 ms), so the check takes it as it is, with a wide limit.
 */
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
};

export function busyHours(blocks: readonly BlockLoad[]) {
  if (blocks.length < 2 * HOUR) return null;
  const mean = (xs: readonly BlockLoad[], key: keyof BlockLoad) => xs.reduce((a, b) => a + b[key], 0) / xs.length;
  const [first, last] = [blocks.slice(0, HOUR), blocks.slice(-HOUR)].map((xs) => ({
    traffic: mean(xs, 'traffic'),
    idle: mean(xs, 'idle'),
    wakeups: mean(xs, 'wakeups'),
    calibration: mean(xs, 'calibration'),
    wall: Math.min(...xs.map((x) => x.wall)),
    cpu: median(xs.map((x) => x.cpu)),
  }));
  const beside = (k: 'traffic' | 'idle') => last[k] / last.calibration / (first[k] / first.calibration);
  const wakeupGrowth = last.wakeups / Math.max(1, first.wakeups);
  return {
    first,
    last,
    growth: beside('traffic'),
    idleGrowth: beside('idle'),
    wakeupGrowth,
    durationGrowth: last.wall / first.wall,
    cpuGrowth: last.cpu / first.cpu,
  };
}
