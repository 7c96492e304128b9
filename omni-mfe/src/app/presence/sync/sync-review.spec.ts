import { toOmni } from './testing/sync-writes';
import { AGENT, dc, omni, read, run, settled } from './testing/sync-steps';

/**
 * Orders of answers and events a review of the sync core found mishandled (docs/QA.md,
 * "Adverse timing"): each case as the sync core sees it.
 */
describe('presence sync: late events against later choices', () => {
  it('a DC choice made after a read is the latest, against a late event of the value the read showed', () => {
    // The read shows Available; the agent picks Not Ready in DC (Busy goes out); then the late
    // event of a change to Available made before the read landed.
    let s = read(run(settled('ready', 'Available'), { kind: 'unlinked' }), 'Available');
    s = dc(s, 'not-ready');
    expect(s.outbox).toEqual([toOmni('Busy')]);
    s = omni(s, 'Available', AGENT);
    expect([s.lastHuman, s.target, s.outbox]).toEqual(['dc', { dc: 'not-ready', omni: 'Busy' }, []]);
  });
});
