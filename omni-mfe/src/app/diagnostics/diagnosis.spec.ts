import { ConsoleLinkActions } from '../console-link/state/console-link.actions';
import { diagnosisData, fingerprint, JSON_BEGIN, JSON_END, writeDiagnosis } from './diagnosis';
import type { DiagnosisInput } from './diagnosis-input';
import { EMPTY_HISTORY, HISTORY_MAX, recordLinkEvent } from './link-history';

describe('link history', () => {
  it('records the first handshake, a relay reload (loss, then a new session) and the resyncs, with times', () => {
    let h = recordLinkEvent(
      EMPTY_HISTORY,
      ConsoleLinkActions.sessionStarted({ at: 1, adapter: 'salesforce-lightning' }),
      1,
    );
    h = recordLinkEvent(h, ConsoleLinkActions.consoleRead({ snapshot: null as never, at: 2 }), 2);
    h = recordLinkEvent(h, ConsoleLinkActions.statusChanged({ state: { status: 'reconnecting', attempts: 0 } }), 3);
    h = recordLinkEvent(h, ConsoleLinkActions.statusChanged({ state: { status: 'reconnecting', attempts: 0 } }), 4);
    h = recordLinkEvent(h, ConsoleLinkActions.sessionStarted({ at: 5, adapter: 'salesforce-lightning' }), 5);
    h = recordLinkEvent(
      h,
      ConsoleLinkActions.statusChanged({
        state: { status: 'reconnecting', attempts: 1, problem: { kind: 'relay-silent' } },
      }),
      6,
    );
    expect(h.events.map((e) => [e.at, e.kind, e.detail])).toEqual([
      [1, 'session-started', 'salesforce-lightning'],
      [2, 'resync', undefined],
      [3, 'link-lost', undefined],
      [5, 'session-restarted', 'salesforce-lightning'],
      [6, 'heartbeat-lost', 'relay-silent'],
    ]);
    expect(h.sessions).toBe(2);
    expect(h.adapter).toBe('salesforce-lightning');
  });

  it('keeps the newest events only', () => {
    let h = EMPTY_HISTORY;
    for (let at = 0; at < HISTORY_MAX + 5; at++)
      h = recordLinkEvent(h, ConsoleLinkActions.consoleRead({ snapshot: null as never, at }), at);
    expect(h.events.length).toBe(HISTORY_MAX);
    expect(h.events[0].at).toBe(5);
  });
});

describe('diagnosis', () => {
  const input: DiagnosisInput = {
    writtenAt: Date.UTC(2026, 11, 7, 8, 0, 0),
    buildVersion: '0.1.0',
    buildLocale: 'de',
    protocolVersion: 1,
    contractVersion: 2,
    transport: 'open-cti',
    agentId: 'agent-007',
    linkStatus: 'connected',
    history: recordLinkEvent(
      EMPTY_HISTORY,
      ConsoleLinkActions.sessionStarted({ at: 0, adapter: 'salesforce-lightning' }),
      0,
    ),
    syncHealth: 'in sync',
    syncWrites: 3,
    syncLog: [{ at: 0, side: 'omni', from: null, to: 'Available', cause: 'sync' }],
    drops: { origin: 2, source: 0, 'not-envelope': 0, version: 0, schema: 1, unexpected: 0, recipient: 0, session: 0 },
    configProblems: [],
    mapping: { b: 1, a: [1, 2] },
    works: [{ workId: '0Bz000000000001', workItemId: '500000000000001', status: 'Opened', flag: 'raised' }],
  };

  it('reads as text and carries a JSON block a tool can parse back to the same facts', () => {
    const text = writeDiagnosis(input);
    expect(text).toContain('Versions: omni-mfe 0.1.0 (de), protocol 1, props contract 2');
    expect(text).toContain('Console: lightning (open-cti), adapter salesforce-lightning');
    expect(text).toContain('Dropped messages: origin 2, schema 1');
    const block = text.slice(text.indexOf(JSON_BEGIN) + JSON_BEGIN.length, text.indexOf(JSON_END));
    expect(JSON.parse(block)).toEqual(JSON.parse(JSON.stringify(diagnosisData(input))));
    expect(JSON.parse(block).link.history).toEqual([
      { at: '1970-01-01T00:00:00.000Z', kind: 'session-started', detail: 'salesforce-lightning' },
    ]);
  });

  it('fingerprints the mapping whatever its key order, and tells different mappings apart', () => {
    expect(fingerprint({ a: [1, 2], b: 1 })).toBe(fingerprint({ b: 1, a: [1, 2] }));
    expect(fingerprint({ a: [2, 1], b: 1 })).not.toBe(fingerprint({ a: [1, 2], b: 1 }));
    expect(fingerprint(null)).toBe('none');
    expect(fingerprint({})).toMatch(/^[0-9a-f]{8}$/);
  });
});
