import {
  type DcState,
  dcStateKey,
  dcStateLabel,
  DEFAULT_NOT_READY_REASONS,
  parseDcStateKey,
  selectableDcStates,
} from './dc-state';
import { DC_VOCABULARY } from './dc-vocabulary';

const EN = DC_VOCABULARY.en.kinds;

describe('DC state model', () => {
  it('keys Not Ready with its reason, and other states by kind', () => {
    expect(dcStateKey({ kind: 'ready' })).toBe('ready');
    expect(dcStateKey({ kind: 'not-ready' })).toBe('not-ready');
    expect(dcStateKey({ kind: 'not-ready', reason: 'lunch' })).toBe('not-ready:lunch');
  });

  it('parses every key it makes back to the same state', () => {
    for (const state of [...selectableDcStates(DEFAULT_NOT_READY_REASONS), { kind: 'logged-out' as const }]) {
      expect(parseDcStateKey(dcStateKey(state))).toEqual(state);
    }
  });

  it('refuses keys that are not DC states', () => {
    for (const key of ['', 'away', 'ready:lunch', 'not-ready:', 'not-ready:a:b', '__proto__']) {
      expect(parseDcStateKey(key)).withContext(key).toBeUndefined();
    }
  });

  it('labels states as the DC header shows them', () => {
    const label = (state: DcState, reasons = DEFAULT_NOT_READY_REASONS) => dcStateLabel(state, reasons, EN);
    expect(label({ kind: 'ready' })).toBe('Ready');
    expect(label({ kind: 'not-ready', reason: 'break' })).toBe('Not Ready – Break');
    expect(label({ kind: 'not-ready', reason: 'coaching' })).toBe('Not Ready – coaching');
    expect(label({ kind: 'not-ready', reason: 'coaching' }, [{ id: 'coaching', label: 'Coaching' }])).toBe(
      'Not Ready – Coaching',
    );
    expect(label({ kind: 'wrap-up' })).toBe('Wrap-up');
    expect(dcStateLabel({ kind: 'on-call' }, [], DC_VOCABULARY.de.kinds)).toBe('Im Gespräch');
  });

  it('offers a logged-in agent every state but Logged out, with one Not Ready per reason', () => {
    const labels = selectableDcStates([{ id: 'break', label: 'Break' }]).map((s) =>
      dcStateLabel(s, [{ id: 'break', label: 'Break' }], EN),
    );
    expect(labels).toEqual(['Ready', 'Not Ready', 'Not Ready – Break', 'On Call', 'Wrap-up']);
  });
});
