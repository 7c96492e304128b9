import { toDc, toOmni } from './testing/sync-writes';
import { AGENT, answer, dc, omni, read, run, settled } from './testing/sync-steps';

/**
 * What the async model with a link that drops and comes back found (sync-async-link.ts; docs/QA.md,
 * "Adverse timing"): each case as the sync core sees it.
 */
describe('presence sync: across a reconnect', () => {
  it('a change the read finds, which DC already pairs with, leaves DC where it is (link model seed -1812100691)', () => {
    // Ready with Available; the link comes back and, before its read, the agent's Busy is seen
    // (DC is to follow to Not Ready, once linked). The link drops again; the agent's Available is
    // lost with it; the new read finds Available, which Ready pairs with.
    let s = omni(run(settled('ready', 'Available'), { kind: 'unlinked' }), 'Busy', AGENT);
    expect(s.target).toEqual({ dc: 'not-ready', omni: 'Busy' });
    s = read(run(s, { kind: 'unlinked' }), 'Available');
    expect([s.dc, s.omni, s.target, s.outbox]).toEqual(['ready', 'Available', { dc: 'ready', omni: 'Available' }, []]);
  });

  it('a change that DC does not pair with still moves DC', () => {
    let s = omni(run(settled('ready', 'Available'), { kind: 'unlinked' }), 'Busy', AGENT);
    s = read(run(s, { kind: 'unlinked' }), 'On_Break');
    expect([s.target, s.outbox]).toEqual([{ dc: 'not-ready:break', omni: 'On_Break' }, [toDc('not-ready:break')]]);
  });

  it("the agent's change to the status the read shows, whose event comes after it, wins over an older DC choice (link model seed -1914547244)", () => {
    // Available Cases; Not Ready in DC writes Busy; the link drops with it (lost); meanwhile the
    // agent picks Available, then Available Cases again, which the read shows; the event of that
    // last change comes after the read (Available's was lost with the link).
    let s = dc(settled('ready', 'Available_Cases'), 'not-ready');
    s = answer(run(s, { kind: 'unlinked' }), 'omni', 'Busy', 'lost');
    s = read(run(s, { kind: 'unlinked' }), 'Available_Cases');
    expect(s.outbox).toEqual([toOmni('Busy')]);
    s = omni(s, 'Available_Cases', AGENT);
    expect(s.outbox).toEqual([toDc('ready')]);
    expect([s.lastHuman, s.target]).toEqual(['omni', { dc: 'ready', omni: 'Available_Cases' }]);
  });

  it('an event of the status the read shows changes nothing when nothing else is wanted', () => {
    const s = omni(read(run(settled('ready', 'Available'), { kind: 'unlinked' }), 'Available'), 'Available', AGENT);
    expect([s.target, s.outbox, s.log.length]).toEqual([{ dc: 'ready', omni: 'Available' }, [], 1]);
  });

  it("our write that landed after the agent's change, its echo lost with the link, is written back over (link model seed 1682582754)", () => {
    // Not Ready writes Busy; the agent picks Available before it lands; ours is answered, the
    // agent's event comes, and the link drops before Busy's echo. The read finds our Busy.
    let s = answer(dc(settled('ready', 'Available_Cases'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = answer(omni(s, 'Available', AGENT), 'dc', 'ready', 'ok');
    s = read(run(s, { kind: 'unlinked' }), 'Busy');
    expect([s.dc, s.omni, s.target, s.outbox]).toEqual([
      'ready',
      'Busy',
      { dc: 'ready', omni: 'Available' },
      [toOmni('Available')],
    ]);
  });

  it('so is our write whose late echo asked a check lost with the link (link model seed 1927170467)', () => {
    // As above, but Busy's echo comes after the agent's Available and asks a check; the link drops
    // before its answer. The read finds our Busy.
    let s = answer(dc(settled('ready', 'Available_Cases'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = omni(answer(omni(s, 'Available', AGENT), 'dc', 'ready', 'ok'), 'Busy');
    expect(s.check).toBe('sent');
    s = read(run(s, { kind: 'unlinked' }), 'Busy');
    expect([s.dc, s.omni, s.target, s.outbox]).toEqual([
      'ready',
      'Busy',
      { dc: 'ready', omni: 'Available' },
      [toOmni('Available')],
    ]);
  });

  it("the agent's change back to the recorded status, seen before the read, wins too (link model seed -351208470)", () => {
    // On Call; the agent picks Available, whose event is lost with the link; Ready in DC (Available
    // is to be written); back, the agent picks On Call, whose event comes before the read.
    let s = run(settled('on-call', 'On_Call'), { kind: 'unlinked' });
    s = omni(dc(s, 'ready'), 'On_Call', AGENT);
    s = read(s, 'On_Call');
    expect([s.target, s.outbox]).toEqual([{ dc: 'on-call', omni: 'On_Call' }, [toDc('on-call')]]);
  });
});
