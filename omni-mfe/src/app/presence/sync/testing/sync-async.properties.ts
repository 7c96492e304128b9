import fc from 'fast-check';
import { demoMapping } from '../../../../testing/demo-mapping';
import { isMappedPair } from '../sync-state';
import type { Action, AsyncOp } from './sync-async-ops';
import { AsyncLinkWorld } from './sync-async-link';
import { AsyncSyncWorld } from './sync-async-world';

/**
 * The model-based sync property with a console that answers in its own time (sync-async-world.ts):
 * calls reach it late, their answers come later still, and its events for our calls come before
 * the answer, after it (late), twice, interleaved with the agent's changes on either side.
 */
const MAPPING = demoMapping();
const DC = Object.keys(MAPPING.dcToOmni);
const OMNI = Object.keys(MAPPING.omniToDc);

const opArb: fc.Arbitrary<AsyncOp> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DC).map((value): AsyncOp => ({ op: 'humanDc', value })) },
  { weight: 3, arbitrary: fc.constantFrom(...OMNI).map((value): AsyncOp => ({ op: 'humanOmni', value })) },
  { weight: 3, arbitrary: fc.constant<AsyncOp>({ op: 'land' }) },
  { weight: 3, arbitrary: fc.constant<AsyncOp>({ op: 'answer' }) },
  { weight: 4, arbitrary: fc.constant<AsyncOp>({ op: 'deliver' }) },
  { weight: 1, arbitrary: fc.constant<AsyncOp>({ op: 'duplicate' }) },
);

/** As opArb, with the link dropping and coming back, its read going out and answering meanwhile. */
const linkOpArb: fc.Arbitrary<AsyncOp> = fc.oneof(
  { weight: 17, arbitrary: opArb },
  { weight: 1, arbitrary: fc.constant<AsyncOp>({ op: 'drop' }) },
  { weight: 1, arbitrary: fc.constant<AsyncOp>({ op: 'reconnect' }) },
  { weight: 2, arbitrary: fc.constant<AsyncOp>({ op: 'read' }) },
);

/**
 * Once everything settles, DC and Omni-Channel are a mapped pair, as the sync records them, the
 * agent's latest action shows on the side it was taken (the latest in real time, or the latest
 * omni-mfe learned of where nothing tells them apart), and nothing is written any more (no
 * flapping).
 */
export async function settlesOnLatestAction(world: AsyncSyncWorld, drops = 0): Promise<string | null> {
  await world.drain();
  if (!world.quiet) return 'did not settle';
  if (!isMappedPair(MAPPING, world.dc, world.omni)) return `apart: ${world.dc} with ${world.omni}`;
  // "In sync" tells the truth: the sync records what each side shows.
  if (world.sync.dc !== world.dc || world.sync.omni !== world.omni)
    return `the sync records ${world.sync.dc} with ${world.sync.omni}, the sides show ${world.dc} with ${world.omni}`;
  const shows = (a: Action | null) => a === null || (a.side === 'dc' ? world.dc : world.omni) === a.value;
  if (!world.ambiguous && !shows(world.latestHuman) && !shows(world.latestLearned))
    return `the agent's latest choice lost: ${world.dc} with ${world.omni}`;
  const writes = world.sync.writes;
  await world.drain();
  if (world.sync.writes !== writes || world.sync.writes > 3 * (world.humans + drops) + 2) return 'kept writing';
  return null;
}

export async function asyncSyncProperty(runs: number, seed?: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...DC),
      fc.constantFrom(...OMNI),
      fc.array(opArb, { maxLength: 50 }),
      fc.boolean(),
      async (dc, omni, ops, withReasons) => {
        const world = new AsyncSyncWorld(MAPPING, dc, omni, withReasons);
        for (const op of ops) await world.run(op);
        const problem = await settlesOnLatestAction(world);
        if (problem) throw new Error(problem);
      },
    ),
    { numRuns: runs, seed },
  );
}

/** The same property when the link drops and comes back (sync-async-link.ts). */
export async function asyncLinkProperty(runs: number, seed?: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...DC),
      fc.constantFrom(...OMNI),
      fc.array(linkOpArb, { maxLength: 60 }),
      fc.boolean(),
      async (dc, omni, ops, withReasons) => {
        const world = new AsyncLinkWorld(MAPPING, dc, omni, withReasons);
        for (const op of ops) await world.run(op);
        const problem = await settlesOnLatestAction(world, world.drops);
        if (problem) throw new Error(problem);
      },
    ),
    { numRuns: runs, seed },
  );
}
