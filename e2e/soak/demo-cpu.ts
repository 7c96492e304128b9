/**
 * The CPU time the whole shift spends: every process of the browser (the simulated console's
 * page, the DC frame, the browser and its services, from Chromium's own process list) and the
 * driver's Node process. Other work on the machine moves it less than a block's wall time.
 */
import type { CDPSession } from '@playwright/test';

/** A clock of CPU seconds spent since it started; `browserCdp` is a browser-level CDP session. */
export async function demoCpuClock(browserCdp: CDPSession): Promise<() => Promise<number>> {
  let seen = new Map<number, number>();
  let total = 0;
  let node = process.cpuUsage();
  const read = async () => {
    const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
    // A process new since the last reading counts from its start; one that ended, up to then.
    for (const p of processInfo) total += p.cpuTime - (seen.get(p.id) ?? 0);
    seen = new Map(processInfo.map((p) => [p.id, p.cpuTime]));
    const spent = process.cpuUsage(node);
    node = process.cpuUsage();
    total += (spent.user + spent.system) / 1e6;
    return total;
  };
  const start = await read();
  return async () => (await read()) - start;
}
