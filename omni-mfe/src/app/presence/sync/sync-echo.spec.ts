import { toDc, toOmni } from './testing/sync-writes';
import { AGENT, answer, dc, omni, OURS, run, settled } from './testing/sync-steps';

describe('presence sync: our own echoes', () => {
  it('reads the answer and the echo of a write the same way, whichever comes first', () => {
    const writing = dc(settled('ready', 'Available'), 'wrap-up');
    const answerFirst = omni(answer(writing, 'omni', 'Busy', 'ok'), 'Busy', OURS);
    const echoFirst = answer(omni(writing, 'Busy', OURS), 'omni', 'Busy', 'ok');
    for (const s of [answerFirst, echoFirst]) {
      expect([s.dc, s.omni, s.pending.omni, s.outbox]).toEqual(['wrap-up', 'Busy', null, []]);
      expect(s.log.slice(-2).map((e) => e.cause)).toEqual(['agent', 'sync']);
    }
  });

  it('never sends our echo back, told by reason, by the call in flight, or as the echo due after the answer', () => {
    // wrap-up → Busy → not-ready: taken for the agent's, the echo would move DC.
    const writing = dc(settled('ready', 'Available'), 'wrap-up');
    const echoes = [
      omni(writing, 'Busy', OURS),
      run(writing, { kind: 'omni', value: 'Busy', duringOwnCall: true }),
      omni(answer(writing, 'omni', 'Busy', 'ok'), 'Busy'),
    ];
    for (const s of echoes)
      expect([s.outbox, s.dc, s.omni, s.pending.omni, s.echoes]).toEqual([[], 'wrap-up', 'Busy', null, []]);
  });

  it("without a reason, a change to the value being written that came before our call is the agent's", () => {
    const s = omni(dc(settled('ready', 'Available'), 'wrap-up'), 'Busy');
    expect([s.lastHuman, s.pending.omni, s.log[s.log.length - 1].cause]).toEqual(['omni', 'Busy', 'agent']);
  });

  it('a login reported during our own call is our echo; the same reason otherwise is not', () => {
    const writing = dc(settled('logged-out', 'Offline'), 'ready'); // logging in to Omni as Available
    const login = (duringOwnCall: boolean) =>
      run(writing, { kind: 'omni', value: 'Available', reason: 'OmniLoginStatusChange', duringOwnCall });
    expect(login(true).log[login(true).log.length - 1].cause).toBe('sync');
    expect(login(false).log[login(false).log.length - 1].cause).toBe('agent');
  });

  it('a login reported after our answer, when the echo of that write is still due, is ours (adverse seed 1672358455)', () => {
    // DC login writes Busy, which logs in to Omni-Channel; Ready is chosen at once. Busy and then
    // Available are answered; the console's report of our login (Busy) comes only then.
    let s = dc(dc(settled('logged-out', 'Offline'), 'not-ready'), 'ready');
    s = answer(answer(s, 'omni', 'Busy', 'ok'), 'omni', 'Available', 'ok');
    s = run(s, { kind: 'omni', value: 'Busy', reason: 'OmniLoginStatusChange' });
    expect([s.dc, s.target, s.lastHuman]).toEqual(['ready', { dc: 'ready', omni: 'Available' }, 'dc']);
    expect(s.outbox).toEqual([{ side: 'omni', check: 'presence' }]);
  });

  it("an earlier write's echo still due does not confirm a later write of the same value (sync model seed -1324599376)", () => {
    let s = answer(dc(settled('ready', 'Available'), 'wrap-up'), 'omni', 'Busy', 'ok');
    s = dc(answer(dc(s, 'ready'), 'omni', 'Available', 'ok'), 'wrap-up'); // Busy again, its first echo due
    s = omni(s, 'Busy', OURS); // the first write's echo: the second is still in flight
    expect(s.pending.omni).toBe('Busy');
    s = answer(omni(s, 'On_Break', AGENT), 'omni', 'Busy', 'ok');
    s = omni(s, 'Busy', OURS); // the second write's echo, after the agent's On Break
    expect([s.target, s.lastHuman]).toEqual([{ dc: 'not-ready:break', omni: 'On_Break' }, 'omni']);
  });

  it("an echo that comes after the answer and after a later change is not taken for the agent's: a check tells", () => {
    // Log in, Busy is written and answered; the agent picks Available; then the echo of Busy
    // arrives, late, with no reason and no call in flight (issue 22's case).
    let s = answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = omni(s, 'Available');
    expect(s.outbox).toEqual([toDc('ready')]);
    s = answer(dc(s, 'ready'), 'dc', 'ready', 'ok');
    s = omni(s, 'Busy');
    // Omni-Channel may show either (events can come out of order): it is read, DC stays.
    expect([s.outbox, s.dc, s.omni, s.target]).toEqual([
      [{ side: 'omni', check: 'presence' }],
      'ready',
      'Available',
      { dc: 'ready', omni: 'Available' },
    ]);
    // The agent's Available stands: nothing to do if the console shows it...
    expect(run(s, { kind: 'checked', value: 'Available' }).outbox).toEqual([]);
    // ...and it is written if our Busy landed after it.
    const landed = run(s, { kind: 'checked', value: 'Busy' });
    expect([landed.omni, landed.outbox, landed.dc]).toEqual(['Busy', [toOmni('Available')], 'ready']);
    // The echo due is used up: the agent picking Busy later is theirs again.
    expect(omni(run(s, { kind: 'checked', value: 'Available' }), 'Busy').outbox).toEqual([toDc('not-ready')]);
  });

  it('a check that finds a newer change than the two it was to tell apart follows it (adverse seed 1830278720)', () => {
    // As above: the late echo of Busy asks a check; meanwhile the agent picked On Break in the
    // widget, whose event is still on its way. Writing Available over it would undo the agent.
    let s = answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = omni(answer(dc(omni(s, 'Available'), 'ready'), 'dc', 'ready', 'ok'), 'Busy');
    const found = run(s, { kind: 'checked', value: 'On_Break' });
    expect([found.omni, found.target, found.lastHuman, found.outbox]).toEqual([
      'On_Break',
      { dc: 'not-ready:break', omni: 'On_Break' },
      'omni',
      [toDc('not-ready:break')],
    ]);
    // Its event, when it comes, changes nothing more.
    const told = omni(answer(found, 'dc', 'not-ready:break', 'ok'), 'On_Break', AGENT);
    expect([told.dc, told.omni, told.outbox]).toEqual(['not-ready:break', 'On_Break', []]);
  });

  it('a check that finds another write of ours whose echo is still due keeps the target (adverse seed 206903248)', () => {
    // Wrap-up writes Busy; the agent picks On Break, which is written back over our Busy; then the
    // agent picks Available, and our On Break lands after it. Busy's late echo asks a check.
    let s = answer(omni(dc(settled('ready', 'Available'), 'wrap-up'), 'On_Break', AGENT), 'omni', 'Busy', 'ok');
    s = answer(answer(s, 'dc', 'not-ready:break', 'ok'), 'omni', 'On_Break', 'ok');
    s = omni(answer(omni(s, 'Available', AGENT), 'dc', 'ready', 'ok'), 'Busy');
    const found = run(s, { kind: 'checked', value: 'On_Break' });
    expect([found.dc, found.target, found.outbox]).toEqual([
      'ready',
      { dc: 'ready', omni: 'Available' },
      [toOmni('Available')],
    ]);
  });

  it('a check waits for the Omni write in flight, is dropped with the link, and a failed one changes nothing', () => {
    let s = answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = dc(omni(s, 'Available'), 'not-ready:break'); // the agent, then DC: On_Break is being written
    const writing = omni(s, 'Busy'); // the late echo: a check is due, after the write
    expect([writing.check, writing.outbox]).toEqual(['due', []]);
    expect(answer(writing, 'omni', 'On_Break', 'ok').outbox).toEqual([{ side: 'omni', check: 'presence' }]);
    s = omni(answer(s, 'omni', 'On_Break', 'ok'), 'Busy');
    expect(s.check).toBe('sent');
    expect(run(s, { kind: 'unlinked' }).check).toBeNull();
    const failed = run(s, { kind: 'checked', value: null });
    expect([failed.check, failed.omni, failed.outbox]).toEqual([null, 'On_Break', []]);
  });

  it('a change that came while our call for it was in flight is ours, even once a read forgot the write', () => {
    // Busy is being written when the agent goes back to Ready and the link is read again.
    const writing = dc(dc(settled('ready', 'Available'), 'not-ready'), 'ready');
    const reread = run(run(writing, { kind: 'unlinked' }), { kind: 'read', value: 'Available' });
    const ours = run(reread, { kind: 'omni', value: 'Busy', duringOwnCall: true });
    expect([ours.lastHuman, ours.outbox]).toEqual(['dc', [toOmni('Available')]]);
    const theirs = run(reread, { kind: 'omni', value: 'Busy' });
    expect([theirs.lastHuman, theirs.outbox]).toEqual(['omni', [toDc('not-ready')]]);
  });

  it('a late change that came during a call the console refuses is not taken for its echo', () => {
    // Busy is written and answered, its echo still due; Ready is chosen in DC and Available is
    // being written when the widget's earlier Available arrives late, during that call.
    let s = answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = run(dc(s, 'ready'), { kind: 'omni', value: 'Available', duringOwnCall: true });
    s = answer(s, 'omni', 'Available', 'refused', 'The Salesforce console refused setServicePresenceStatus.');
    // The refusal is told, and the console is read to know what it shows.
    expect([s.error, s.omni, s.outbox]).toEqual([
      'The Salesforce console refused setServicePresenceStatus.',
      'Busy',
      [{ side: 'omni', check: 'presence' }],
    ]);
    s = omni(run(s, { kind: 'checked', value: 'Busy' }), 'Busy'); // then the echo due comes
    expect([s.error, s.dc, s.omni, s.outbox]).toEqual([
      'The Salesforce console refused setServicePresenceStatus.',
      'ready',
      'Busy',
      [],
    ]);
  });

  it('the agent choosing again the value of our slow call, after its echo came, wins (adverse seed 3168259667)', () => {
    // Ready writes Available; its echo comes during the call, whose answer is slow. Wrap-up writes
    // Busy; the agent picks On Break, then Available: the call's one change has come, so the
    // adapter does not report this one as during our call (OwnCalls), and it is the agent's.
    let s = run(dc(settled('not-ready', 'Busy'), 'ready'), { kind: 'omni', value: 'Available', duringOwnCall: true });
    s = omni(dc(s, 'wrap-up'), 'On_Break');
    s = omni(answer(s, 'dc', 'not-ready:break', 'ok'), 'Available');
    expect([s.target, s.lastHuman, s.outbox]).toEqual([{ dc: 'ready', omni: 'Available' }, 'omni', [toDc('ready')]]);
    s = answer(answer(s, 'dc', 'ready', 'ok'), 'omni', 'Available', 'ok'); // the slow answer: nothing more
    s = run(s, { kind: 'omni', value: 'Busy', duringOwnCall: true }); // wrap-up's Busy lands after the agent
    expect([s.dc, s.omni, s.outbox]).toEqual(['ready', 'Busy', [toOmni('Available')]]);
  });

  it('a change tagged as ours to a value we are not writing moves DC (as a refused write once let through)', () => {
    // Chaos seed 417158233: the write of Available was refused, then the console went On_Break
    // within the Classic bridge's echo window and was tagged as our own change.
    let s = dc(settled('not-ready:break', 'On_Break'), 'ready');
    s = answer(s, 'omni', 'Available', 'refused', 'The Salesforce console refused setServicePresenceStatus.');
    s = omni(s, 'Available', OURS);
    s = omni(s, 'On_Break', OURS);
    expect(s.omni).toBe('On_Break');
    expect(s.outbox).toEqual([toDc('not-ready:break')]);
  });
});
