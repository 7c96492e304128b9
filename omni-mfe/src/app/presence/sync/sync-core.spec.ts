import { nextWrites, observeDc, observeOmni, observeWorkload, writeFailed, writesStarted, writeSucceeded } from './sync-core';
import { INITIAL_SYNC, SYNC_LOG_SIZE, type SyncState } from './sync-state';
import { mapping } from './testing/mappings';

describe('presence sync rules', () => {
  const m = mapping();
  const OURS = { via: 'event' as const, reason: 'OmniToolkitStatusChange' };
  const AGENT = { via: 'event' as const, reason: 'Unknown' };

  /** DC logged in as `dc`, the console read as `omni`, nothing pending. */
  function settled(dc: string, omni: string, mm = m): SyncState {
    let s = observeDc(mm, INITIAL_SYNC, dc, 0);
    s = observeOmni(mm, s, omni, { via: 'resync' }, 0);
    expect(nextWrites(s)).toEqual([]);
    return s;
  }
  function start(s: SyncState): SyncState {
    return writesStarted(s, nextWrites(s));
  }

  it('DC → Omni: a DC change sets the mapped Omni status', () => {
    const s = observeDc(m, settled('ready', 'Available'), 'not-ready:lunch', 1);
    expect(nextWrites(s)).toEqual([{ side: 'omni', value: 'On_Break' }]);
  });

  it('Omni → DC: an Omni change we did not cause sets the mapped DC state', () => {
    const s = observeOmni(m, settled('ready', 'Available'), 'On_Call', AGENT, 1);
    expect(nextWrites(s)).toEqual([{ side: 'dc', value: 'on-call' }]);
  });

  it('never sends our echo back, even where the mapping is many-to-one (wrap-up → Busy → not-ready)', () => {
    let s = start(observeDc(m, settled('ready', 'Available'), 'wrap-up', 1));
    s = observeOmni(m, s, 'Busy', OURS, 2);
    s = writeSucceeded(s, { side: 'omni', value: 'Busy' }, 3);
    expect(nextWrites(s)).toEqual([]);
    expect([s.dc, s.omni]).toEqual(['wrap-up', 'Busy']);
    expect(s.log.slice(1).map((e) => e.cause)).toEqual(['agent', 'echo']);
  });

  it('tells our echo from a bridge that does not tag, by the write in flight', () => {
    let s = start(observeDc(m, settled('ready', 'Available'), 'wrap-up', 1));
    s = observeOmni(m, s, 'Busy', { via: 'event' }, 2);
    expect(nextWrites(s)).toEqual([]);
    expect(s.dc).toBe('wrap-up');
  });

  it('does not write when the new state already forms a mapped pair (Available for Cases with Ready)', () => {
    const s = observeOmni(m, settled('ready', 'Available'), 'Available_Cases', AGENT, 1);
    expect(nextWrites(s)).toEqual([]);
  });

  it('concurrent changes: an agent\'s Omni change that crosses our write wins, as the latest', () => {
    let s = start(observeDc(m, settled('ready', 'Available'), 'not-ready', 1)); // writing Busy
    s = observeOmni(m, s, 'On_Call', AGENT, 2); // the agent picks On a Call meanwhile
    expect(nextWrites(s)).toEqual([{ side: 'dc', value: 'on-call' }]);
    s = start(s);
    s = observeDc(m, s, 'on-call', 3);
    s = writeSucceeded(s, { side: 'dc', value: 'on-call' }, 3);
    s = writeSucceeded(s, { side: 'omni', value: 'Busy' }, 4); // our write landed after theirs
    s = observeOmni(m, s, 'Busy', OURS, 4);
    expect(nextWrites(s)).toEqual([{ side: 'omni', value: 'On_Call' }]);
  });

  it('a refused write leaves the store at what the console shows, says why, and is not retried', () => {
    let s = start(observeDc(m, settled('ready', 'Available'), 'not-ready', 1));
    s = writeFailed(s, { side: 'omni', value: 'Busy' }, 'The Salesforce console refused setServicePresenceStatus.', false, 2);
    expect(s.error).toContain('refused');
    expect(s.target.omni).toBe('Available');
    expect(nextWrites(s)).toEqual([]);
    expect(s.log[s.log.length - 1]).toEqual(jasmine.objectContaining({ cause: 'failed', to: 'Busy' }));
  });

  it('a write lost with the connection is retried after the resync, unless it landed', () => {
    let s = start(observeDc(m, settled('ready', 'Available'), 'not-ready', 1));
    s = writeFailed(s, { side: 'omni', value: 'Busy' }, 'disconnected', true, 2);
    // (While disconnected the writer is held back by selectSyncWrites; the target stays.)
    expect(s.target.omni).toBe('Busy');
    s = observeOmni(m, s, 'Available', { via: 'resync' }, 3);
    expect(nextWrites(s)).toEqual([{ side: 'omni', value: 'Busy' }]);
    let landed = start(observeDc(m, settled('ready', 'Available'), 'not-ready', 1));
    landed = writeFailed(landed, { side: 'omni', value: 'Busy' }, 'disconnected', true, 2);
    landed = observeOmni(m, landed, 'Busy', { via: 'resync' }, 3);
    expect(nextWrites(landed)).toEqual([]);
    expect(landed.dc).toBe('not-ready');
  });

  it('a change missed while disconnected is found by the resync and followed', () => {
    const s = observeOmni(m, settled('ready', 'Available'), 'On_Break', { via: 'resync' }, 5);
    expect(nextWrites(s)).toEqual([{ side: 'dc', value: 'not-ready:break' }]);
    expect(s.log[s.log.length - 1].cause).toBe('resync');
  });

  it('unmapped states change nothing on the other side and are logged', () => {
    const mm = mapping({ dcToOmni: { ready: 'Available' }, omniToDc: { Available: 'ready' } });
    let s = observeDc(mm, settled('ready', 'Available', mm), 'wrap-up', 1);
    expect(nextWrites(s)).toEqual([]);
    expect(s.unmapped).toBe('DC state wrap-up has no Omni-Channel status');
    s = observeOmni(mm, s, 'Busy', AGENT, 2);
    expect(nextWrites(s)).toEqual([]);
    expect(s.unmapped).toBe('Omni-Channel status Busy has no DC state');
    expect(s.log.slice(1).map((e) => e.cause)).toEqual(['unmapped', 'unmapped']);
  });

  it('while DC is logged out, Omni changes write nothing', () => {
    const s = observeOmni(m, settled('logged-out', 'Available'), 'Busy', AGENT, 1);
    expect(nextWrites(s)).toEqual([]);
  });

  it('DC login is an agent action: Omni follows the state DC starts in', () => {
    const s = observeDc(m, settled('logged-out', 'Available'), 'not-ready', 1);
    expect(nextWrites(s)).toEqual([{ side: 'omni', value: 'Busy' }]);
  });

  it('DC logout sets the configured Omni status (Offline by default)', () => {
    expect(nextWrites(observeDc(m, settled('ready', 'Available'), 'logged-out', 1))).toEqual([{ side: 'omni', value: 'Offline' }]);
    const mm = mapping({ onDcLogout: 'Busy' });
    expect(nextWrites(observeDc(mm, settled('ready', 'Available', mm), 'logged-out', 1))).toEqual([{ side: 'omni', value: 'Busy' }]);
  });

  it('Omni logout sets the configured DC state, or nothing', () => {
    expect(nextWrites(observeOmni(m, settled('ready', 'Available'), 'Offline', AGENT, 1))).toEqual([{ side: 'dc', value: 'not-ready' }]);
    const mm = mapping({ onOmniLogout: null });
    expect(nextWrites(observeOmni(mm, settled('ready', 'Available', mm), 'Offline', AGENT, 1))).toEqual([]);
  });

  it('a first read with DC already logged in lets the console lead', () => {
    expect(nextWrites(observeOmni(m, observeDc(m, INITIAL_SYNC, 'ready', 0), 'On_Break', { via: 'resync' }, 1))).toEqual([{ side: 'dc', value: 'not-ready:break' }]);
  });

  it('direction dcToOmni: Omni changes leave DC alone; omniToDc: DC changes leave Omni alone', () => {
    const d2o = mapping({ direction: 'dcToOmni' });
    expect(nextWrites(observeOmni(d2o, settled('ready', 'Available', d2o), 'On_Break', AGENT, 1))).toEqual([]);
    expect(nextWrites(observeDc(d2o, settled('ready', 'Available', d2o), 'wrap-up', 1))).toEqual([{ side: 'omni', value: 'Busy' }]);
    const o2d = mapping({ direction: 'omniToDc' });
    expect(nextWrites(observeDc(o2d, settled('ready', 'Available', o2d), 'wrap-up', 1))).toEqual([]);
    expect(nextWrites(observeOmni(o2d, settled('ready', 'Available', o2d), 'On_Break', AGENT, 1))).toEqual([{ side: 'dc', value: 'not-ready:break' }]);
  });

  it('on-call rule: busy during the call, back to the status before it afterwards', () => {
    const mm = mapping({ rules: { onCall: { enabled: true, busyStatus: 'Busy' } } });
    let s = observeDc(mm, settled('ready', 'Available', mm), 'on-call', 1);
    expect(nextWrites(s)).toEqual([{ side: 'omni', value: 'Busy' }]);
    s = start(s);
    s = writeSucceeded(s, { side: 'omni', value: 'Busy' }, 2);
    s = observeDc(mm, s, 'wrap-up', 3);
    expect(nextWrites(s)).toEqual([{ side: 'omni', value: 'Available' }]);
  });

  it('capacity rule: DC goes Not Ready at the threshold and comes back below it', () => {
    const mm = mapping({ rules: { capacity: { enabled: true, percent: 80, dcState: 'not-ready' } } });
    let s = observeWorkload(mm, settled('ready', 'Available', mm), 0.5, 1);
    expect(nextWrites(s)).toEqual([]);
    s = observeWorkload(mm, s, 0.8, 2);
    expect(nextWrites(s)).toEqual([{ side: 'dc', value: 'not-ready' }]);
    s = start(s);
    s = observeDc(mm, s, 'not-ready', 3); // the echo: Omni stays as it is
    expect(nextWrites(s)).toEqual([]);
    s = observeWorkload(mm, s, 0.6, 4);
    expect(nextWrites(s)).toEqual([{ side: 'dc', value: 'ready' }]);
    expect(s.log.filter((e) => e.cause === 'rule').length).toBe(2);
  });

  it('rules are off by default', () => {
    expect(nextWrites(observeWorkload(m, settled('ready', 'Available'), 1, 1))).toEqual([]);
  });

  it('keeps a bounded log', () => {
    let s = settled('ready', 'Available');
    for (let i = 0; i < SYNC_LOG_SIZE * 3; i++) s = observeOmni(m, s, i % 2 ? 'Available' : 'Available_Cases', AGENT, i);
    expect(s.log.length).toBe(SYNC_LOG_SIZE);
  });
});
