import fc from 'fast-check';
import { demoMapping } from '../../../../testing/demo-mapping';
import { isMappedPair } from '../sync-state';
import { SyncWorld, type WorldOp } from './sync-world';

/**
 * The model-based sync properties: random interleavings of DC and Omni changes, echoes, delays,
 * refusals and reconnects, over the mapping the demo ships, with consoles that tell reasons and
 * consoles that do not. `npm test` runs them at a modest
 * count, `npm run soak` at 10,000.
 */
const MAPPING = demoMapping();
const DC = Object.keys(MAPPING.dcToOmni);
const OMNI = Object.keys(MAPPING.omniToDc);

function opArb(refusals: boolean): fc.Arbitrary<WorldOp> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...DC).map((value): WorldOp => ({ op: 'humanDc', value })) },
    { weight: 3, arbitrary: fc.constantFrom(...OMNI).map((value): WorldOp => ({ op: 'humanOmni', value })) },
    { weight: 6, arbitrary: fc.constant<WorldOp>({ op: 'deliver' }) },
    {
      weight: 4,
      arbitrary: fc
        .record({ refuse: fc.boolean(), eventFirst: fc.boolean() })
        .map(({ refuse, eventFirst }): WorldOp => ({ op: 'applyOmniWrite', refuse: refusals && refuse, eventFirst })),
    },
    { weight: 1, arbitrary: fc.constant<WorldOp>({ op: 'reconnect' }) },
    { weight: 1, arbitrary: fc.constant<WorldOp>({ op: 'delayEcho' }) },
  );
}

/** Settled, loop-free: nothing in flight, and a bounded number of writes. */
function settledWithoutLoop(world: SyncWorld): boolean {
  return world.quiet && world.sync.writes <= 2 * (world.humans + world.reconnects) + 2;
}

export function syncModelProperty(runs: number, seed?: number): void {
  fc.assert(
    fc.property(
      fc.constantFrom(...DC),
      fc.constantFrom(...OMNI),
      fc.array(opArb(false), { maxLength: 60 }),
      fc.boolean(),
      (dc, omni, ops, withReasons) => {
        const world = new SyncWorld(MAPPING, dc, omni, withReasons);
        for (const op of ops) world.run(op);
        world.drain();
        if (!settledWithoutLoop(world) || !isMappedPair(MAPPING, world.dc, world.omni)) return false;
        // And the latest human action the MFE learned of is what both sides show, unless it could
        // not be told from a late echo of ours (no reasons, the same status).
        const latest = world.humanTakenForEcho ? null : world.latestHuman;
        if (latest?.side === 'dc' && world.dc !== latest.value) return false;
        if (latest?.side === 'omni' && world.omni !== latest.value) return false;
        return true;
      },
    ),
    { numRuns: runs, seed },
  );
}

/**
 * With console refusals mixed in, the sync still settles without a loop, on a mapped pair,
 * unless the console refused a write after the agent's latest action: then the sides stay as
 * they are and the agent is told ("Sync: error").
 */
export function syncWithRefusalsProperty(runs: number, seed?: number): void {
  fc.assert(
    fc.property(fc.array(opArb(true), { maxLength: 60 }), fc.boolean(), (ops, withReasons) => {
      const world = new SyncWorld(MAPPING, 'not-ready', 'Busy', withReasons);
      for (const op of ops) world.run(op);
      world.drain();
      if (!settledWithoutLoop(world)) return false;
      if (isMappedPair(MAPPING, world.dc, world.omni)) return true;
      return world.refusalAfterLatestHuman && world.sync.error !== null;
    }),
    { numRuns: runs, seed },
  );
}
