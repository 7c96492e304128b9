import { toOmni } from './testing/sync-writes';
import { AGENT, answer, dc, omni, OURS, read, run, settled } from './testing/sync-steps';

const CHECK = { side: 'omni', check: 'presence' } as const;

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

  it("a refused write is not taken for ours when a check finds its value: it is the agent's (no reasons)", () => {
    // Busy written and answered; On Break in DC writes On_Break; the agent picks On Break in the
    // widget during our call, so its event is taken for ours in doubt; then our call is refused.
    let s = answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = dc(s, 'not-ready:break');
    s = run(s, { kind: 'omni', value: 'On_Break', duringOwnCall: true });
    expect([s.check, s.checkFor]).toEqual(['due', 'On_Break']);
    s = answer(s, 'omni', 'On_Break', 'refused');
    expect(s.outbox).toEqual([CHECK]);
    s = run(s, { kind: 'checked', value: 'On_Break' });
    expect([s.omni, s.target, s.outbox]).toEqual(['On_Break', { dc: 'not-ready:break', omni: 'On_Break' }, []]);
  });

  it('a check answered while a write is in flight is asked again once that write is refused', () => {
    // Busy written and answered; the agent picks On Break; Busy's late echo asks a check; Ready in
    // DC writes Available before the check's answer, which is put aside; then Available is refused.
    let s = answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = answer(omni(s, 'On_Break', AGENT), 'dc', 'not-ready:break', 'ok');
    s = omni(s, 'Busy');
    expect(s.outbox).toEqual([CHECK]);
    s = dc(s, 'ready');
    expect(s.outbox).toEqual([toOmni('Available')]);
    s = run(s, { kind: 'checked', value: 'Busy' });
    expect(s.check).toBe('due');
    s = answer(s, 'omni', 'Available', 'refused');
    expect(s.outbox).toEqual([CHECK]);
    s = run(s, { kind: 'checked', value: 'Busy' });
    // Our Busy landed after the agent's On Break: recorded as is, and On Break is written back.
    expect([s.omni, s.target.omni, s.check, s.outbox]).toEqual(['Busy', 'On_Break', null, [toOmni('On_Break')]]);
  });

  it('asks one check at a time: one wanted while another is out goes after its answer', () => {
    // Busy then Available written and answered; the agent picks On Break; the late echoes of Busy
    // and Available each want a check; the agent then picks On Break and Busy in the widget.
    let s = answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = answer(dc(s, 'ready'), 'omni', 'Available', 'ok');
    s = answer(omni(s, 'On_Break', AGENT), 'dc', 'not-ready:break', 'ok');
    s = omni(s, 'Busy', OURS);
    expect(s.outbox).toEqual([CHECK]);
    s = omni(s, 'Available', OURS);
    expect(s.outbox).toEqual([]);
    // The first check's answer is older than the Available seen since: asked again.
    s = run(s, { kind: 'checked', value: 'On_Break' });
    expect(s.outbox).toEqual([CHECK]);
    s = omni(omni(s, 'On_Break', AGENT), 'Busy', AGENT);
    s = answer(s, 'dc', 'not-ready', 'ok');
    // The second check's answer is older than the agent's Busy: asked again, and Busy stays.
    s = run(s, { kind: 'checked', value: 'On_Break' });
    expect([s.dc, s.omni, s.outbox]).toEqual(['not-ready', 'Busy', [CHECK]]);
    s = run(s, { kind: 'checked', value: 'Busy' });
    expect([s.dc, s.omni, s.check, s.outbox]).toEqual(['not-ready', 'Busy', null, []]);
  });
});
