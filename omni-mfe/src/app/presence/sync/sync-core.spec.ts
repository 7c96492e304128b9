import { demoMapping } from '../../../testing/demo-mapping';
import { step } from './sync-core';
import type { OmniMapping } from '@shared/mapping/omni-mapping';
import { INITIAL_SYNC, SYNC_LOG_SIZE, type SyncState } from './sync-state';
import { AGENT, answer, ctx, dc, omni, OURS, read, run, settled } from './testing/sync-steps';
import { toDc, toOmni } from './testing/sync-writes';

describe('presence sync rules (step)', () => {
  const m = demoMapping();
  it('DC → Omni: a DC change decides the mapped Omni write, and claims it at once', () => {
    const s = dc(settled('ready', 'Available'), 'not-ready:lunch');
    expect(s.outbox).toEqual([toOmni('On_Break')]);
    expect(s.pending.omni).toBe('On_Break');
    // The next step decides nothing new while the write is in flight.
    expect(run(s, { kind: 'workload', ratio: 0 }).outbox).toEqual([]);
  });

  it('Omni → DC: an Omni change we did not cause decides the mapped DC write', () => {
    expect(omni(settled('ready', 'Available'), 'On_Call', AGENT).outbox).toEqual([toDc('on-call')]);
  });

  it('decides exactly what to call: a status by its id, a logout for Offline, a DC state with its reason', () => {
    expect(dc(settled('ready', 'Available'), 'wrap-up').outbox).toEqual([
      { side: 'omni', value: 'Busy', call: { method: 'setPresence', statusId: '0N5000000000002' } },
    ]);
    expect(dc(settled('ready', 'Available'), 'logged-out').outbox).toEqual([
      { side: 'omni', value: 'Offline', call: { method: 'logout' } },
    ]);
    expect(omni(settled('ready', 'Available'), 'On_Break', AGENT).outbox).toEqual([
      { side: 'dc', value: 'not-ready:break', state: { kind: 'not-ready', reason: 'break' } },
    ]);
  });

  it('refuses a write to a status the org lacks itself, once, saying so', () => {
    const mm = demoMapping({ rules: { onCall: { enabled: true, busyStatus: 'Busy' } } });
    // The status before the call is one the org no longer lists: it cannot be set back.
    let s = omni(settled('ready', 'Available', mm), 'Retired_Status', AGENT, mm);
    s = answer(dc(s, 'on-call', mm), 'omni', 'Busy', 'ok');
    s = dc(s, 'wrap-up', mm);
    expect(s.outbox).toEqual([]);
    expect(s.pending.omni).toBeNull();
    expect(s.error).toBe(
      'Omni-Channel could not be set to Retired_Status: This org has no Omni-Channel status Retired_Status.',
    );
    expect(s.log[s.log.length - 1]).toEqual(jasmine.objectContaining({ cause: 'failed', to: 'Retired_Status' }));
  });

  it('does not write when the new state already forms a mapped pair (Available for Cases with Ready)', () => {
    expect(omni(settled('ready', 'Available'), 'Available_Cases', AGENT).outbox).toEqual([]);
  });

  it("concurrent changes: an agent's Omni change that crosses our write wins, as the latest", () => {
    let s = dc(settled('ready', 'Available'), 'not-ready'); // writing Busy
    s = omni(s, 'On_Call', AGENT); // the agent picks On a Call meanwhile
    expect(s.outbox).toEqual([toDc('on-call')]);
    s = answer(dc(s, 'on-call'), 'dc', 'on-call', 'ok');
    s = answer(s, 'omni', 'Busy', 'ok'); // our write landed after theirs: put theirs back
    expect(s.outbox).toEqual([toOmni('On_Call')]);
    expect(omni(s, 'Busy', OURS).outbox).toEqual([]);
  });

  it('a refused write leaves the store at what the console shows, says why, and is not retried', () => {
    let s = dc(settled('ready', 'Available'), 'not-ready');
    s = answer(s, 'omni', 'Busy', 'refused', 'The Salesforce console refused setServicePresenceStatus.');
    expect(s.error).toContain('refused');
    expect(s.target.omni).toBe('Available');
    expect(s.outbox).toEqual([]);
    expect(s.log[s.log.length - 1]).toEqual(jasmine.objectContaining({ cause: 'failed', to: 'Busy' }));
  });

  it('a refusal of an older write does not undo a later action: that one is written next', () => {
    let s = dc(settled('ready', 'Available'), 'not-ready'); // writing Busy
    s = dc(s, 'not-ready:break'); // the agent moves on before the answer
    s = answer(s, 'omni', 'Busy', 'refused', 'refused');
    expect(s.outbox).toEqual([toOmni('On_Break')]);
    expect(answer(s, 'omni', 'On_Break', 'ok').error).toBeNull();
  });

  it('a write lost with the connection is written again after the read, unless it landed', () => {
    const lost = run(answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'lost'), {
      kind: 'unlinked',
    });
    expect(lost.target.omni).toBe('Busy');
    expect(read(lost, 'Available').outbox).toEqual([toOmni('Busy')]);
    const landed = read(lost, 'Busy');
    expect([landed.outbox, landed.dc]).toEqual([[], 'not-ready']);
  });

  it('writes nothing until the console has been read on this session', () => {
    const unlinked = run(settled('ready', 'Available'), { kind: 'unlinked' });
    const s = dc(unlinked, 'not-ready');
    expect(s.outbox).toEqual([]);
    expect(read(s, 'Available').outbox).toEqual([toOmni('Busy')]);
    // A mapping that does not fit the org: the console is read, but nothing is written.
    expect(step(ctx(m, false), s, { kind: 'read', value: 'Available' }, 1000).outbox).toEqual([]);
  });

  it('a change missed while disconnected is found by the read and followed', () => {
    const s = read(settled('ready', 'Available'), 'On_Break');
    expect(s.outbox).toEqual([toDc('not-ready:break')]);
    expect(s.log[s.log.length - 1].cause).toBe('resync');
  });

  it('unmapped states change nothing on the other side and are logged', () => {
    const mm = demoMapping({ dcToOmni: { ready: 'Available' }, omniToDc: { Available: 'ready' } });
    let s = dc(settled('ready', 'Available', mm), 'wrap-up', mm);
    expect(s.outbox).toEqual([]);
    expect(s.unmapped).toBe('DC state wrap-up has no Omni-Channel status');
    s = omni(s, 'Busy', AGENT, mm);
    expect(s.outbox).toEqual([]);
    expect(s.unmapped).toBe('Omni-Channel status Busy has no DC state');
    expect(s.log.slice(-2).map((e) => e.cause)).toEqual(['unmapped', 'unmapped']);
  });

  it('while DC is logged out, Omni changes write nothing', () => {
    expect(omni(settled('logged-out', 'Available'), 'Busy', AGENT).outbox).toEqual([]);
  });

  it('DC login is an agent action: Omni follows the state DC starts in', () => {
    expect(dc(settled('logged-out', 'Available'), 'not-ready').outbox).toEqual([toOmni('Busy')]);
  });

  it('DC logout sets the configured Omni status (Offline by default)', () => {
    expect(dc(settled('ready', 'Available'), 'logged-out').outbox).toEqual([toOmni('Offline')]);
    const mm = demoMapping({ onDcLogout: 'Busy' });
    expect(dc(settled('ready', 'Available', mm), 'logged-out', mm).outbox).toEqual([toOmni('Busy')]);
  });

  it('Omni logout sets the configured DC state, or nothing', () => {
    expect(omni(settled('ready', 'Available'), 'Offline', AGENT).outbox).toEqual([toDc('not-ready')]);
    const mm = demoMapping({ onOmniLogout: null });
    expect(omni(settled('ready', 'Available', mm), 'Offline', AGENT, mm).outbox).toEqual([]);
  });

  it('a first read with DC already logged in lets the console lead', () => {
    expect(read(dc(INITIAL_SYNC, 'ready'), 'On_Break').outbox).toEqual([toDc('not-ready:break')]);
  });

  it('direction dcToOmni: Omni changes leave DC alone; omniToDc: DC changes leave Omni alone', () => {
    const d2o = demoMapping({ direction: 'dcToOmni' });
    expect(omni(settled('ready', 'Available', d2o), 'On_Break', AGENT, d2o).outbox).toEqual([]);
    expect(dc(settled('ready', 'Available', d2o), 'wrap-up', d2o).outbox).toEqual([toOmni('Busy')]);
    const o2d = demoMapping({ direction: 'omniToDc' });
    expect(dc(settled('ready', 'Available', o2d), 'wrap-up', o2d).outbox).toEqual([]);
    expect(omni(settled('ready', 'Available', o2d), 'On_Break', AGENT, o2d).outbox).toEqual([toDc('not-ready:break')]);
  });

  it('on-call rule: busy during the call, back to the status before it afterwards', () => {
    const mm: OmniMapping = demoMapping({ rules: { onCall: { enabled: true, busyStatus: 'Busy' } } });
    let s = dc(settled('ready', 'Available', mm), 'on-call', mm);
    expect(s.outbox).toEqual([toOmni('Busy')]);
    s = answer(s, 'omni', 'Busy', 'ok');
    expect(dc(s, 'wrap-up', mm).outbox).toEqual([toOmni('Available')]);
  });

  it('capacity rule: DC goes Not Ready at the threshold and comes back below it', () => {
    const mm = demoMapping({ rules: { capacity: { enabled: true, percent: 80, dcState: 'not-ready' } } });
    const load = (s: SyncState, ratio: number) => run(s, { kind: 'workload', ratio }, mm);
    let s = load(settled('ready', 'Available', mm), 0.5);
    expect(s.outbox).toEqual([]);
    s = load(s, 0.8);
    expect(s.outbox).toEqual([toDc('not-ready')]);
    s = dc(s, 'not-ready', mm); // the echo: Omni stays as it is
    expect(s.outbox).toEqual([]);
    s = load(s, 0.6);
    expect(s.outbox).toEqual([toDc('ready')]);
    expect(s.log.filter((e) => e.cause === 'rule').length).toBe(2);
  });

  it('rules are off in the shipped mapping', () => {
    expect(run(settled('ready', 'Available'), { kind: 'workload', ratio: 1 }).outbox).toEqual([]);
  });

  it('keeps a bounded log', () => {
    let s = settled('ready', 'Available');
    for (let i = 0; i < SYNC_LOG_SIZE * 3; i++) s = omni(s, i % 2 ? 'Available' : 'Available_Cases', AGENT);
    expect(s.log.length).toBe(SYNC_LOG_SIZE);
  });
});
