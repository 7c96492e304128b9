import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '../fixtures';
import type { ConsoleSimPage } from '../pages/console-sim-page';
import { seededRandom } from '../console-sim/timing/seeded-random';

/**
 * Operations per run: a quick run in `npm test` (fewer under the adverse timing profile, where each
 * settles in seconds, not milliseconds), 1,000 in `npm run soak`.
 */
const opsFor = (adverse: boolean) => Number(process.env['OMNI_CHAOS_OPS'] ?? (adverse ? 20 : 60));
/** A fresh seed every run, printed; `CHAOS_SEED=<seed>` (or `npm run soak -- --seed <seed>`) replays it. */
const SEED = Number(process.env['CHAOS_SEED'] ?? process.env['OMNI_CHAOS_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
/**
 * `OMNI_CHAOS_TIMING=mixed` (npm run soak): one more operation switches the console between the
 * calm and the adverse timing profile, with a seed from the chaos seed, so that one run mixes both.
 */
const MIXED_TIMING = process.env['OMNI_CHAOS_TIMING'] === 'mixed';
const mapping = JSON.parse(readFileSync(resolve(__dirname, '../../shell/public/omni-mapping.json'), 'utf8')) as {
  omniToDc: Record<string, string>;
  dcToOmni: Record<string, string>;
};

test(`chaos: ${opsFor(false)} operations (${opsFor(true)} under adverse timing) with bridge reloads, kills and failed console calls lose and double nothing`, async ({
  sim,
  adverseRunSeed,
}) => {
  const OPS = opsFor(adverseRunSeed !== undefined);
  test.setTimeout(60_000 + OPS * 1500);
  console.log(`chaos seed ${SEED} (replay: CHAOS_SEED=${SEED})`);
  test.info().annotations.push({ type: 'chaos seed', description: `CHAOS_SEED=${SEED}` });
  const rnd = seededRandom(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  await sim.dc.logIn('1001');
  await sim.dc.chooseDcState('Ready');
  await sim.dc.openWorkPanel();
  let routed = 0;
  const log: string[] = [];

  const ops: Record<string, () => Promise<unknown>> = {
    route: () =>
      sim.route({
        type: pick(['Case', 'Lead', 'Chat'] as const),
        subject: `Chaos ${++routed}`,
        priority: 1 + Math.floor(rnd() * 3),
        capacityWeight: 1 + Math.floor(rnd() * 3),
      }),
    omni: () => sim.call('setStatus', pick(['Available', 'Available_Cases', 'Busy', 'On_Break'])),
    dc: () => sim.dc.chooseDcState(pick(['Ready', 'Not Ready', 'Not Ready – Break', 'Wrap-up'])),
    accept: () => clickIn(sim, 'Accept', rnd),
    decline: async () => {
      if (!(await clickIn(sim, 'Decline', rnd))) return;
      try {
        await sim.dc.declineDialog.getByRole('radio').first().check({ timeout: 2000 });
        await sim.dc.declineDialog.getByRole('button', { name: 'Decline' }).click({ timeout: 2000 });
      } catch {
        // The item left meanwhile (timed out, withdrawn) and its dialog closed with it.
      }
      await expect(sim.dc.declineDialog).toHaveCount(0);
    },
    close: () => clickIn(sim, 'Close', rnd),
    fail: () =>
      sim.call(
        'failNext',
        pick([
          'acceptAgentWork',
          'declineAgentWork',
          'closeAgentWork',
          'setServicePresenceStatus',
          'getAgentWorks',
        ] as const),
      ),
    reload: () => sim.call('reloadBridge'),
    timing: () => sim.call('setTiming', rnd() < 0.5 ? 'calm' : 'adverse', Math.floor(rnd() * 2 ** 31)),
    kill: async () => {
      await sim.call('killBridge');
      await sim.route({ type: 'Case', subject: `Chaos ${++routed}`, priority: 1, capacityWeight: 1 });
      await sim.call('setStatus', pick(['Available', 'Busy']));
      await sim.call('reloadBridge');
    },
  };
  const weights: [string, number][] = [
    ['route', 5],
    ['omni', 2],
    ['dc', 2],
    ['accept', 4],
    ['decline', 2],
    ['close', 3],
    ['fail', 1],
    ['reload', 1],
    ['kill', 1],
    ['timing', MIXED_TIMING ? 1 : 0],
  ];
  const bag = weights.flatMap(([name, w]) => Array<string>(w).fill(name));

  const consoleWork = async () =>
    (await sim.agentWork())
      .filter((w) => w.status === 'Assigned' || w.status === 'Opened')
      .map((w) => `${w.subject} ${w.status === 'Opened' ? 'Accepted' : 'Assigned'}`)
      .sort();
  const panelWork = async () =>
    (
      await sim.dc.workPanel
        .getByRole('listitem')
        .evaluateAll((lis) =>
          lis.map(
            (li) =>
              `${li.querySelector('.label')?.textContent?.trim()} ${li.querySelector('.accepted') ? 'Accepted' : 'Assigned'}`,
          ),
        )
    ).sort();
  /** Both sides: the panel against the console's work, DC against Omni (or a refusal the agent was told of). */
  const sides = async () => {
    const [panel, work, omni, dc] = [
      await panelWork(),
      await consoleWork(),
      await sim.presence(),
      await sim.dc.dcState.inputValue().catch(() => 'none'),
    ];
    const paired = mapping.omniToDc[omni] === dc || mapping.dcToOmni[dc] === omni;
    // A write the console refused leaves each side as it is and tells the agent (no retry loop).
    const told = !paired && !!(await sim.dc.syncStatus.textContent())?.trim().startsWith('Sync: error');
    return {
      panel: JSON.stringify(panel),
      work: JSON.stringify(work),
      pair: paired || told ? 'in step' : `DC ${dc} / Omni ${omni}`,
    };
  };

  for (let i = 0; i < OPS; i++) {
    const name = pick(bag);
    log.push(name);
    await ops[name]();
    // Settled after each operation: connected, panel = console, DC and Omni a mapped pair.
    const context = `seed ${SEED}, after operation ${i + 1} (${log.slice(-5).join(' ')})`;
    await expect(sim.dc.consoleConnection, context).toHaveText('Connected to the Salesforce console', {
      timeout: 20_000,
    });
    await expect
      .poll(
        async () => {
          const s = await sides();
          return s.panel === s.work ? s.pair : `panel ${s.panel} / console ${s.work}`;
        },
        { timeout: 10_000, message: context },
      )
      .toBe('in step');
  }

  const counts = new Map<string, number>();
  for (const op of log) counts.set(op, (counts.get(op) ?? 0) + 1);
  const tally = [...counts].map(([op, n]) => `${op} ${n}`);
  console.log(
    `chaos seed ${SEED}: ${tally.join(', ')}; console timing at the end: ${(await sim.call('timing')).profile}`,
  );
  const labels = await panelWork();
  expect(new Set(labels).size).toBe(labels.length);
  await expect(sim.dc.workItemCount(labels.length)).toBeAttached();
  const status = await sim.presence();
  const name =
    status === 'Offline' ? 'Offline' : (await sim.omniStatus.locator('option:checked').textContent())?.trim();
  await expect(sim.dc.omniPresence).toHaveText(`Omni-Channel: ${name}`);
});

/** Clicks `name` on a random item that offers it; false when none does. */
async function clickIn(sim: ConsoleSimPage, name: string, rnd: () => number): Promise<boolean> {
  const buttons = sim.dc.workPanel.getByRole('button', { name, exact: true });
  const n = await buttons.count();
  if (n === 0) return false;
  try {
    await buttons.nth(Math.floor(rnd() * n)).click({ timeout: 1000 });
    return true;
  } catch {
    // The item left meanwhile (declined, timed out, resynced): that is part of the chaos.
    return false;
  }
}
