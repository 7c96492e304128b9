import { toDc, toOmni } from './testing/sync-writes';
import { AGENT, answer, dc, omni, OURS, read, run, settled } from './testing/sync-steps';

/**
 * What the model of a console that answers in its own time found (sync-async-world.ts; docs/QA.md,
 * "Adverse timing"): each case as the sync core sees it, events in the console's order.
 */
describe('presence sync: late answers and events', () => {
  it("follows the agent's choice of the status our write set, made before our write landed (model seed -64664879)", () => {
    // Not Ready in DC writes Busy; the agent goes back to Ready in DC, and picks Busy in the widget
    // before our Busy lands, which then changes nothing, and is answered.
    let s = dc(dc(settled('ready', 'Available'), 'not-ready'), 'ready');
    s = answer(s, 'omni', 'Busy', 'ok');
    expect(s.outbox).toEqual([toOmni('Available')]);
    // The widget's Busy comes now, with the agent's reason: the latest action the sync learns of.
    s = omni(s, 'Busy', AGENT);
    expect([s.lastHuman, s.target, s.outbox]).toEqual(['omni', { dc: 'not-ready', omni: 'Busy' }, [toDc('not-ready')]]);
    // Our Available lands after it and is answered: Busy is written back.
    s = answer(answer(s, 'dc', 'not-ready', 'ok'), 'omni', 'Available', 'ok');
    expect([s.dc, s.outbox]).toEqual(['not-ready', [toOmni('Busy')]]);
  });

  it('but not when a DC choice was made after our write landed: that one is the latest', () => {
    let s = answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = dc(s, 'ready'); // after the answer, so after our Busy landed, so after the widget's Busy
    s = omni(s, 'Busy', AGENT);
    expect([s.lastHuman, s.target, s.outbox]).toEqual(['dc', { dc: 'ready', omni: 'Available' }, []]);
  });

  it("a move back to the recorded status after a late echo of ours is the agent's (model seed 858863277)", () => {
    // Ready writes Available; the agent's On Break comes after our answer, then our late echo of
    // Available, which asks a check; before its answer, the agent's On Break again (no reasons).
    let s = answer(dc(settled('on-call', 'On_Call'), 'ready'), 'omni', 'Available', 'ok');
    s = answer(omni(s, 'On_Break'), 'dc', 'not-ready:break', 'ok');
    s = dc(s, 'ready'); // the agent, in DC: Available is written
    s = omni(s, 'Available'); // our first write's late echo: Omni-Channel showed Available after On Break
    expect(s.check).toBe('due');
    s = omni(s, 'On_Break'); // the agent again, in the widget: a change, not nothing
    expect([s.lastHuman, s.target.dc, s.outbox]).toEqual(['omni', 'not-ready:break', [toDc('not-ready:break')]]);
  });

  it('keeps the echo of a write due even when the sync already saw its value (model seed 405948649)', () => {
    // Not Ready writes Busy; the agent picks Busy in the widget, then Available; our Busy lands
    // after that, and is answered before the widget's Available comes.
    let s = omni(dc(settled('ready', 'Available'), 'not-ready'), 'Busy', AGENT);
    s = answer(s, 'omni', 'Busy', 'ok');
    expect(s.echoes).toEqual(['Busy']);
    s = answer(omni(s, 'Available', AGENT), 'dc', 'ready', 'ok');
    // Our Busy's echo, late, with the toolkit's reason: ours, not the agent's going back to Busy.
    s = omni(s, 'Busy', OURS);
    expect([s.dc, s.target, s.lastHuman]).toEqual(['ready', { dc: 'ready', omni: 'Available' }, 'omni']);
    expect(s.outbox).not.toContain(toDc('not-ready'));
  });

  it('tells our change from the agent choosing it again during our call, from the facts and its own state', () => {
    // Adverse seed 3168259667, now decided by the core (the adapter reports every change during
    // our call): our Available comes, then the agent's On Break and Available, all during the call.
    let s = dc(settled('not-ready', 'Busy'), 'ready');
    s = run(s, { kind: 'omni', value: 'Available', duringOwnCall: true });
    s = answer(run(s, { kind: 'omni', value: 'On_Break', duringOwnCall: false }), 'dc', 'not-ready:break', 'ok');
    s = run(s, { kind: 'omni', value: 'Available', duringOwnCall: true });
    expect([s.lastHuman, s.target, s.outbox]).toEqual(['omni', { dc: 'ready', omni: 'Available' }, [toDc('ready')]]);
  });

  it("an earlier write's late echo during a later call for the same status leaves that call's change ours (model seed 1924491568)", () => {
    // Wrap-up writes Busy (answered, echo due); the agent's On Break; Wrap-up again writes Busy;
    // the agent picks Available; our second Busy lands after it. All come during the second call.
    let s = answer(dc(settled('ready', 'Available'), 'wrap-up'), 'omni', 'Busy', 'ok');
    s = answer(omni(s, 'On_Break'), 'dc', 'not-ready:break', 'ok');
    s = dc(s, 'wrap-up');
    s = run(s, { kind: 'omni', value: 'Busy', duringOwnCall: true }); // the first write's echo
    s = answer(omni(s, 'Available'), 'dc', 'ready', 'ok'); // the agent's
    s = run(s, { kind: 'omni', value: 'Busy', duringOwnCall: true }); // the second write's change
    expect([s.dc, s.target, s.lastHuman]).toEqual(['ready', { dc: 'ready', omni: 'Available' }, 'omni']);
    expect(s.outbox).not.toContain(toDc('not-ready'));
  });

  it('a write in flight when the console is read again stays ours if its change comes during its call', () => {
    let s = dc(settled('ready', 'Available'), 'not-ready');
    s = read(run(s, { kind: 'unlinked' }), 'Available');
    expect(s.unconfirmedOmni).toBe('Busy');
    s = run(s, { kind: 'omni', value: 'Busy', duringOwnCall: true });
    expect([s.omni, s.unconfirmedOmni, s.lastHuman]).toEqual(['Busy', null, 'dc']);
  });
});
