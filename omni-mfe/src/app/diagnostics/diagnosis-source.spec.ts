import { DropLog } from '@shared/protocol/drop-log';
import { INITIAL_SYNC } from '../presence/sync/sync-state';
import { OmniWorkEvents } from '../work-items/state/work-items.actions';
import { workItemsFeature } from '../work-items/state/work-items.feature';
import { writeDiagnosis } from './diagnosis';
import { gatherDiagnosis, type DiagnosisSource, type DiagnosisState } from './diagnosis-source';
import { EMPTY_HISTORY } from './link-history';

describe('the diagnosis gathered from the store', () => {
  const SUBJECT = '<img src=x onerror=alert(1)> Printer for Anna Müller';
  const items = [
    OmniWorkEvents.workAssigned({
      work: { workId: '0Bz2', workItemId: '500000000000002', isEngaged: false, label: 'Second' },
    }),
    OmniWorkEvents.workAssigned({
      work: { workId: '0Bz1', workItemId: '500000000000001', isEngaged: true, label: SUBJECT },
    }),
  ].reduce(workItemsFeature.reducer, undefined);
  const state = {
    dcSession: { loggedIn: true, agent: { id: '1001', name: 'Anna Müller' }, state: { kind: 'ready' } },
    consoleLink: { status: 'connected' },
    presence: { sync: { ...INITIAL_SYNC, writes: 2 }, mappingProblems: ['DC state lunch has no status'] },
    workItems: {
      ...items,
      reasons: { ok: false, problem: 'The decline reason codes could not be loaded.' },
      flags: { '0Bz1': { state: 'raised', message: 'Anna needs help' } },
    },
  } as unknown as DiagnosisState;
  const source: DiagnosisSource = {
    state,
    syncHealth: 'in sync',
    props: {
      contractVersion: 2,
      console: { transport: 'open-cti' },
      omniMapping: { ready: 'Available' },
    } as unknown as DiagnosisSource['props'],
    drops: new DropLog('test'),
    history: EMPTY_HISTORY,
    locale: 'en',
    protocolVersion: 1,
  };

  it('holds the agent id, the items by id with their status and flag, and the configuration problems', () => {
    const facts = gatherDiagnosis(source, 5);
    expect(facts.agentId).toBe('1001');
    expect(facts.transport).toBe('open-cti');
    expect(facts.syncWrites).toBe(2);
    expect(facts.works).toEqual([
      { workId: '0Bz1', workItemId: '500000000000001', status: 'Opened', flag: 'raised' },
      { workId: '0Bz2', workItemId: '500000000000002', status: 'Assigned', flag: null },
    ]);
    expect(facts.configProblems).toEqual([
      'DC state lunch has no status',
      'The decline reason codes could not be loaded.',
    ]);
    expect(facts.drops?.schema).toBe(0);
  });

  it('carries no subject, no name and no flag message', () => {
    const text = writeDiagnosis({ ...gatherDiagnosis(source, 5), buildVersion: '0.1.0' });
    for (const personal of [SUBJECT, 'Second', 'Anna', 'Müller', 'needs help']) expect(text).not.toContain(personal);
  });
});
