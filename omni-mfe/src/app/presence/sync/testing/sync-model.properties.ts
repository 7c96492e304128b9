import fc from 'fast-check';
import { checkOmniMapping, type OmniMapping } from '@shared/mapping/omni-mapping';
import { isMappedPair } from '../sync-state';
import { SyncWorld, type WorldOp } from './sync-world';

/**
 * The model-based sync properties: random interleavings of DC and Omni changes, echoes, delays,
 * refusals and reconnects. `npm test` runs them at a modest count, `npm run soak` at 10,000.
 */

const DC = ['ready', 'not-ready', 'not-ready:break', 'on-call', 'wrap-up'];
const OMNI = ['Available', 'Busy', 'On_Break', 'On_Call'];
const check = checkOmniMapping({
  version: 1,
  dcToOmni: { ready: 'Available', 'not-ready': 'Busy', 'not-ready:break': 'On_Break', 'on-call': 'On_Call', 'wrap-up': 'Busy' },
  omniToDc: { Available: 'ready', Busy: 'not-ready', On_Break: 'not-ready:break', On_Call: 'on-call' },
});
const MAPPING = (check.ok ? check.mapping : null) as OmniMapping;

function opArb(refusals: boolean): fc.Arbitrary<WorldOp> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...DC).map((value): WorldOp => ({ op: 'humanDc', value })) },
    { weight: 3, arbitrary: fc.constantFrom(...OMNI).map((value): WorldOp => ({ op: 'humanOmni', value })) },
    { weight: 6, arbitrary: fc.constant<WorldOp>({ op: 'deliver' }) },
    { weight: 4, arbitrary: fc.record({ refuse: fc.boolean(), eventFirst: fc.boolean() }).map(({ refuse, eventFirst }): WorldOp => ({ op: 'applyOmniWrite', refuse: refusals && refuse, eventFirst })) },
    { weight: 1, arbitrary: fc.constant<WorldOp>({ op: 'reconnect' }) },
  );
}

export function syncModelProperty(runs: number, seed?: number): void {
  fc.assert(
    fc.property(fc.constantFrom(...DC), fc.constantFrom(...OMNI), fc.array(opArb(false), { maxLength: 60 }), (dc, omni, ops) => {
      const world = new SyncWorld(MAPPING, dc, omni);
      for (const op of ops) world.run(op);
      world.drain();
      // Settled, with no write still wanted.
      if (!world.quiet) return false;
      // On a mapped pair, with writes bounded (no loop).
      if (!isMappedPair(MAPPING, world.dc, world.omni)) return false;
      if (world.sync.writes > 2 * (world.humans + world.reconnects) + 2) return false;
      // And the latest human action the MFE learned of is what both sides show.
      const latest = world.latestHuman;
      if (latest?.side === 'dc' && world.dc !== latest.value) return false;
      if (latest?.side === 'omni' && world.omni !== latest.value) return false;
      return true;
    }),
    { numRuns: runs, seed },
  );
}

/** With console refusals mixed in, the sync still settles without a loop; pairs may differ only after a refusal. */
export function syncWithRefusalsProperty(runs: number, seed?: number): void {
  fc.assert(
    fc.property(fc.array(opArb(true), { maxLength: 60 }), (ops) => {
      const world = new SyncWorld(MAPPING, 'not-ready', 'Busy');
      for (const op of ops) world.run(op);
      world.drain();
      if (!world.quiet) return false;
      if (world.sync.writes > 2 * (world.humans + world.reconnects) + 2) return false;
      return isMappedPair(MAPPING, world.dc, world.omni) || world.refusals > 0;
    }),
    { numRuns: runs, seed },
  );
}
