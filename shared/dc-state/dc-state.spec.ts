import { dcStateKey, dcStateLabel, parseDcStateKey, sameDcState, selectableDcStates } from './dc-state';

describe('DC state model', () => {
  it('keys Not Ready with its reason, and other states by kind', () => {
    expect(dcStateKey({ kind: 'ready' })).toBe('ready');
    expect(dcStateKey({ kind: 'not-ready' })).toBe('not-ready');
    expect(dcStateKey({ kind: 'not-ready', reason: 'lunch' })).toBe('not-ready:lunch');
  });

  it('parses every key it makes back to the same state', () => {
    for (const state of [...selectableDcStates(), { kind: 'logged-out' as const }]) {
      expect(parseDcStateKey(dcStateKey(state))).toEqual(state);
    }
  });

  it('refuses keys that are not DC states', () => {
    for (const key of ['', 'away', 'ready:lunch', 'not-ready:', 'not-ready:a:b', '__proto__']) {
      expect(parseDcStateKey(key)).withContext(key).toBeUndefined();
    }
  });

  it('labels states as the DC header shows them', () => {
    expect(dcStateLabel({ kind: 'ready' })).toBe('Ready');
    expect(dcStateLabel({ kind: 'not-ready', reason: 'break' })).toBe('Not Ready – Break');
    expect(dcStateLabel({ kind: 'not-ready', reason: 'coaching' })).toBe('Not Ready – coaching');
    expect(dcStateLabel({ kind: 'not-ready', reason: 'coaching' }, [{ id: 'coaching', label: 'Coaching' }])).toBe(
      'Not Ready – Coaching',
    );
    expect(dcStateLabel({ kind: 'wrap-up' })).toBe('Wrap-up');
  });

  it('offers a logged-in agent every state but Logged out, with one Not Ready per reason', () => {
    const labels = selectableDcStates([{ id: 'break', label: 'Break' }]).map((s) =>
      dcStateLabel(s, [{ id: 'break', label: 'Break' }]),
    );
    expect(labels).toEqual(['Ready', 'Not Ready', 'Not Ready – Break', 'On Call', 'Wrap-up']);
  });

  it('compares states by kind and reason', () => {
    expect(sameDcState({ kind: 'not-ready', reason: 'break' }, { kind: 'not-ready', reason: 'break' })).toBeTrue();
    expect(sameDcState({ kind: 'not-ready', reason: 'break' }, { kind: 'not-ready' })).toBeFalse();
  });
});
