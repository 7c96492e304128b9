import { toDc } from './testing/sync-writes';
import { AGENT, answer, dc, omni, read, run, settled } from './testing/sync-steps';

const CHECK = { side: 'omni', check: 'presence' } as const;

/**
 * A read or a check answers with the console as it was when asked; under load the answer comes
 * after an event of a later change (docs/QA.md, "Adverse timing"). Each case as the core sees it.
 */
describe('presence sync: answers older than an event', () => {
  it("a read after a reconnect that answers with the status before the agent's change is not followed (chaos seed 2108213196)", () => {
    // On Break in both; the bridge reconnects and its read goes out; the agent picks Available in
    // the widget, whose event comes before the read's answer, which still says On Break.
    let s = run(settled('not-ready:break', 'On_Break'), { kind: 'unlinked' });
    s = omni(s, 'Available', AGENT);
    const logged = s.log.length;
    s = read(s, 'On_Break');
    expect(s.log.slice(logged)).toEqual([]);
    expect([s.omni, s.target, s.linked, s.outbox]).toEqual([
      'Available',
      { dc: 'ready', omni: 'Available' },
      true,
      [toDc('ready'), CHECK],
    ]);
    // The check, asked after the event, finds the console: nothing is left to do.
    s = run(answer(s, 'dc', 'ready', 'ok'), { kind: 'checked', value: 'Available' });
    expect([s.dc, s.omni, s.check, s.outbox]).toEqual(['ready', 'Available', null, []]);
  });

  it('the check after such a read follows what the console shows, when the event was the older one', () => {
    let s = run(settled('not-ready:break', 'On_Break'), { kind: 'unlinked' });
    s = read(omni(s, 'Available', AGENT), 'Busy');
    s = run(answer(s, 'dc', 'ready', 'ok'), { kind: 'checked', value: 'Busy' });
    expect([s.omni, s.target, s.outbox]).toEqual(['Busy', { dc: 'not-ready', omni: 'Busy' }, [toDc('not-ready')]]);
  });

  it('a read that agrees with the event seen meanwhile is followed as before', () => {
    let s = run(settled('not-ready:break', 'On_Break'), { kind: 'unlinked' });
    s = read(omni(s, 'Available', AGENT), 'Available');
    expect([s.omni, s.check, s.outbox]).toEqual(['Available', null, [toDc('ready')]]);
  });

  it("a check that answers with the status before the agent's change, come meanwhile, asks again", () => {
    // Busy written and answered; the agent picks Available; Busy's late echo asks a check. The
    // agent then picks On Break; its event comes before the check's answer, which says Available.
    let s = answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = omni(answer(dc(omni(s, 'Available'), 'ready'), 'dc', 'ready', 'ok'), 'Busy');
    expect(s.outbox).toEqual([CHECK]);
    s = answer(omni(s, 'On_Break', AGENT), 'dc', 'not-ready:break', 'ok');
    s = run(s, { kind: 'checked', value: 'Available' });
    expect([s.dc, s.omni, s.target.dc, s.outbox]).toEqual(['not-ready:break', 'On_Break', 'not-ready:break', [CHECK]]);
    s = run(s, { kind: 'checked', value: 'On_Break' });
    expect([s.dc, s.omni, s.check, s.outbox]).toEqual(['not-ready:break', 'On_Break', null, []]);
  });

  it('a check answered after the link dropped records nothing: the new read tells', () => {
    let s = answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'ok');
    s = omni(answer(dc(omni(s, 'Available'), 'ready'), 'dc', 'ready', 'ok'), 'Busy');
    s = run(run(s, { kind: 'unlinked' }), { kind: 'checked', value: 'Busy' });
    expect([s.omni, s.outbox]).toEqual(['Available', []]);
    expect(read(s, 'Available').outbox).toEqual([]);
  });
});
