import type { OmniMapping } from '@shared/mapping/omni-mapping';
import { demoMapping } from '../../../testing/demo-mapping';
import { step, type SyncInput } from './sync-core';
import { INITIAL_SYNC, SYNC_LOG_SIZE, type SyncState } from './sync-state';

describe('presence sync rules (step)', () => {
  const m = demoMapping();
  const AGENT = 'OmniManualStatusChange';
  const OURS = 'OmniToolkitStatusChange';
  let at = 0;

  const run = (s: SyncState, input: SyncInput, mm = m) => step(mm, s, input, ++at);
  const dc = (s: SyncState, value: string, mm = m) => run(s, { kind: 'dc', value }, mm);
  const omni = (s: SyncState, value: string, reason?: string, mm = m) => run(s, { kind: 'omni', value, reason }, mm);
  const read = (s: SyncState, value: string, mm = m) => run(s, { kind: 'read', value, writable: true }, mm);
  const answer = (
    s: SyncState,
    side: 'dc' | 'omni',
    value: string,
    outcome: 'ok' | 'refused' | 'lost',
    message?: string,
  ) => run(s, { kind: 'answer', write: { side, value }, outcome, message });

  /** DC logged in as `dcKey`, the console read as `omniKey`, nothing decided. */
  function settled(dcKey: string, omniKey: string, mm = m): SyncState {
    const s = read(dc(INITIAL_SYNC, dcKey, mm), omniKey, mm);
    expect(s.outbox).toEqual([]);
    return s;
  }

  it('DC → Omni: a DC change decides the mapped Omni write, and claims it at once', () => {
    const s = dc(settled('ready', 'Available'), 'not-ready:lunch');
    expect(s.outbox).toEqual([{ side: 'omni', value: 'On_Break' }]);
    expect(s.pending.omni).toBe('On_Break');
    // The next step decides nothing new while the write is in flight.
    expect(run(s, { kind: 'workload', ratio: 0 }).outbox).toEqual([]);
  });

  it('Omni → DC: an Omni change we did not cause decides the mapped DC write', () => {
    expect(omni(settled('ready', 'Available'), 'On_Call', AGENT).outbox).toEqual([{ side: 'dc', value: 'on-call' }]);
  });

  it('reads the answer and the echo of a write the same way, whichever comes first', () => {
    const writing = dc(settled('ready', 'Available'), 'wrap-up');
    const answerFirst = omni(answer(writing, 'omni', 'Busy', 'ok'), 'Busy', OURS);
    const echoFirst = answer(omni(writing, 'Busy', OURS), 'omni', 'Busy', 'ok');
    for (const s of [answerFirst, echoFirst]) {
      expect([s.dc, s.omni, s.pending.omni, s.outbox]).toEqual(['wrap-up', 'Busy', null, []]);
      expect(s.log.slice(-2).map((e) => e.cause)).toEqual(['agent', 'sync']);
    }
  });

  it('never sends our echo back, even where the mapping is many-to-one (wrap-up → Busy → not-ready)', () => {
    const s = omni(dc(settled('ready', 'Available'), 'wrap-up'), 'Busy', OURS);
    expect(s.outbox).toEqual([]);
    expect(s.dc).toBe('wrap-up');
  });

  it('tells our echo from a bridge that does not tag, by the write in flight', () => {
    const s = omni(dc(settled('ready', 'Available'), 'wrap-up'), 'Busy');
    expect(s.outbox).toEqual([]);
    expect(s.dc).toBe('wrap-up');
  });

  it('does not write when the new state already forms a mapped pair (Available for Cases with Ready)', () => {
    expect(omni(settled('ready', 'Available'), 'Available_Cases', AGENT).outbox).toEqual([]);
  });

  it("concurrent changes: an agent's Omni change that crosses our write wins, as the latest", () => {
    let s = dc(settled('ready', 'Available'), 'not-ready'); // writing Busy
    s = omni(s, 'On_Call', AGENT); // the agent picks On a Call meanwhile
    expect(s.outbox).toEqual([{ side: 'dc', value: 'on-call' }]);
    s = answer(dc(s, 'on-call'), 'dc', 'on-call', 'ok');
    s = answer(s, 'omni', 'Busy', 'ok'); // our write landed after theirs: put theirs back
    expect(s.outbox).toEqual([{ side: 'omni', value: 'On_Call' }]);
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

  it('a change tagged as ours to a value we are not writing moves DC (the echo window a refused write leaves)', () => {
    // Chaos seed 417158233: the write of Available was refused, then the console went On_Break
    // within the Classic bridge's echo window and was tagged as our own change.
    let s = dc(settled('not-ready:break', 'On_Break'), 'ready');
    s = answer(s, 'omni', 'Available', 'refused', 'The Salesforce console refused setServicePresenceStatus.');
    s = omni(s, 'Available', OURS);
    s = omni(s, 'On_Break', OURS);
    expect(s.omni).toBe('On_Break');
    expect(s.outbox).toEqual([{ side: 'dc', value: 'not-ready:break' }]);
  });

  it('a refusal of an older write does not undo a later action: that one is written next', () => {
    let s = dc(settled('ready', 'Available'), 'not-ready'); // writing Busy
    s = dc(s, 'not-ready:break'); // the agent moves on before the answer
    s = answer(s, 'omni', 'Busy', 'refused', 'refused');
    expect(s.outbox).toEqual([{ side: 'omni', value: 'On_Break' }]);
    expect(answer(s, 'omni', 'On_Break', 'ok').error).toBeNull();
  });

  it('a write lost with the connection is written again after the read, unless it landed', () => {
    const lost = run(answer(dc(settled('ready', 'Available'), 'not-ready'), 'omni', 'Busy', 'lost'), {
      kind: 'unlinked',
    });
    expect(lost.target.omni).toBe('Busy');
    expect(read(lost, 'Available').outbox).toEqual([{ side: 'omni', value: 'Busy' }]);
    const landed = read(lost, 'Busy');
    expect([landed.outbox, landed.dc]).toEqual([[], 'not-ready']);
  });

  it('writes nothing until the console has been read on this session', () => {
    const unlinked = run(settled('ready', 'Available'), { kind: 'unlinked' });
    const s = dc(unlinked, 'not-ready');
    expect(s.outbox).toEqual([]);
    expect(read(s, 'Available').outbox).toEqual([{ side: 'omni', value: 'Busy' }]);
    // A mapping that does not fit the org: the console is read, but nothing is written.
    expect(run(s, { kind: 'read', value: 'Available', writable: false }).outbox).toEqual([]);
  });

  it('a change missed while disconnected is found by the read and followed', () => {
    const s = read(settled('ready', 'Available'), 'On_Break');
    expect(s.outbox).toEqual([{ side: 'dc', value: 'not-ready:break' }]);
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
    expect(dc(settled('logged-out', 'Available'), 'not-ready').outbox).toEqual([{ side: 'omni', value: 'Busy' }]);
  });

  it('DC logout sets the configured Omni status (Offline by default)', () => {
    expect(dc(settled('ready', 'Available'), 'logged-out').outbox).toEqual([{ side: 'omni', value: 'Offline' }]);
    const mm = demoMapping({ onDcLogout: 'Busy' });
    expect(dc(settled('ready', 'Available', mm), 'logged-out', mm).outbox).toEqual([{ side: 'omni', value: 'Busy' }]);
  });

  it('Omni logout sets the configured DC state, or nothing', () => {
    expect(omni(settled('ready', 'Available'), 'Offline', AGENT).outbox).toEqual([{ side: 'dc', value: 'not-ready' }]);
    const mm = demoMapping({ onOmniLogout: null });
    expect(omni(settled('ready', 'Available', mm), 'Offline', AGENT, mm).outbox).toEqual([]);
  });

  it('a first read with DC already logged in lets the console lead', () => {
    expect(read(dc(INITIAL_SYNC, 'ready'), 'On_Break').outbox).toEqual([{ side: 'dc', value: 'not-ready:break' }]);
  });

  it('direction dcToOmni: Omni changes leave DC alone; omniToDc: DC changes leave Omni alone', () => {
    const d2o = demoMapping({ direction: 'dcToOmni' });
    expect(omni(settled('ready', 'Available', d2o), 'On_Break', AGENT, d2o).outbox).toEqual([]);
    expect(dc(settled('ready', 'Available', d2o), 'wrap-up', d2o).outbox).toEqual([{ side: 'omni', value: 'Busy' }]);
    const o2d = demoMapping({ direction: 'omniToDc' });
    expect(dc(settled('ready', 'Available', o2d), 'wrap-up', o2d).outbox).toEqual([]);
    expect(omni(settled('ready', 'Available', o2d), 'On_Break', AGENT, o2d).outbox).toEqual([
      { side: 'dc', value: 'not-ready:break' },
    ]);
  });

  it('on-call rule: busy during the call, back to the status before it afterwards', () => {
    const mm: OmniMapping = demoMapping({ rules: { onCall: { enabled: true, busyStatus: 'Busy' } } });
    let s = dc(settled('ready', 'Available', mm), 'on-call', mm);
    expect(s.outbox).toEqual([{ side: 'omni', value: 'Busy' }]);
    s = answer(s, 'omni', 'Busy', 'ok');
    expect(dc(s, 'wrap-up', mm).outbox).toEqual([{ side: 'omni', value: 'Available' }]);
  });

  it('capacity rule: DC goes Not Ready at the threshold and comes back below it', () => {
    const mm = demoMapping({ rules: { capacity: { enabled: true, percent: 80, dcState: 'not-ready' } } });
    const load = (s: SyncState, ratio: number) => run(s, { kind: 'workload', ratio }, mm);
    let s = load(settled('ready', 'Available', mm), 0.5);
    expect(s.outbox).toEqual([]);
    s = load(s, 0.8);
    expect(s.outbox).toEqual([{ side: 'dc', value: 'not-ready' }]);
    s = dc(s, 'not-ready', mm); // the echo: Omni stays as it is
    expect(s.outbox).toEqual([]);
    s = load(s, 0.6);
    expect(s.outbox).toEqual([{ side: 'dc', value: 'ready' }]);
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
