import { checkMappingAgainstReasons, checkMappingAgainstStatuses, checkOmniMapping } from './omni-mapping';

export const EXAMPLE_MAPPING = {
  version: 1,
  dcToOmni: {
    ready: 'Available',
    'not-ready': 'Busy',
    'not-ready:break': 'On_Break',
    'not-ready:lunch': 'On_Break',
    'on-call': 'On_Call',
    'wrap-up': 'Busy',
  },
  omniToDc: {
    Available: 'ready',
    Available_Cases: 'ready',
    Busy: 'not-ready',
    On_Break: 'not-ready:break',
    On_Call: 'on-call',
  },
};

describe('Omni-Channel Mappings config', () => {
  it('accepts a mapping and fills the defaults', () => {
    const check = checkOmniMapping(EXAMPLE_MAPPING);
    expect(check.ok).toBeTrue();
    expect(check.ok && [check.mapping.direction, check.mapping.onDcLogout, check.mapping.onOmniLogout]).toEqual([
      'both',
      'Offline',
      null,
    ]);
  });

  it('refuses a missing mapping with a clear message', () => {
    expect(checkOmniMapping(undefined)).toEqual({
      ok: false,
      problems: ['No Omni-Channel Mappings are configured: Omni-Channel presence sync is off.'],
    });
  });

  it('names each bad entry', () => {
    const check = checkOmniMapping({
      ...EXAMPLE_MAPPING,
      direction: 'sideways',
      dcToOmni: { ...EXAMPLE_MAPPING.dcToOmni, coffee: 'Available' },
      omniToDc: { Busy: 'dancing' },
    });
    expect(check.ok).toBeFalse();
    const problems = check.ok ? [] : check.problems;
    expect(problems.some((p) => p.startsWith('direction')))
      .withContext(problems.join('\n'))
      .toBeTrue();
    expect(problems.some((p) => p.includes('dcToOmni') && p.includes('coffee')))
      .withContext(problems.join('\n'))
      .toBeTrue();
    expect(problems.some((p) => p.includes('omniToDc') && p.includes('dancing')))
      .withContext(problems.join('\n'))
      .toBeTrue();
  });

  it('names statuses the org does not have', () => {
    const check = checkOmniMapping({
      ...EXAMPLE_MAPPING,
      dcToOmni: { ...EXAMPLE_MAPPING.dcToOmni, 'wrap-up': 'Wrapping' },
    });
    const problems = check.ok
      ? checkMappingAgainstStatuses(check.mapping, ['Available', 'Available_Cases', 'Busy', 'On_Break', 'On_Call'])
      : ['invalid'];
    expect(problems).toEqual([
      'dcToOmni["wrap-up"]: "Wrapping" is not an Omni-Channel status of this org (known: Available, Available_Cases, Busy, On_Break, On_Call).',
    ]);
  });

  it('names Not Ready reasons the shell does not offer, wherever the mapping names one', () => {
    const check = checkOmniMapping({
      ...EXAMPLE_MAPPING,
      onOmniLogout: 'not-ready:gone',
      rules: { capacity: { enabled: true, percent: 100, dcState: 'not-ready:full' } },
    });
    const problems = check.ok ? checkMappingAgainstReasons(check.mapping, [{ id: 'break' }]) : ['invalid'];
    expect(problems).toEqual([
      'dcToOmni["not-ready:lunch"]: "not-ready:lunch" names the Not Ready reason "lunch", which the shell does not offer (its reasons: break).',
      'onOmniLogout: "not-ready:gone" names the Not Ready reason "gone", which the shell does not offer (its reasons: break).',
      'rules.capacity.dcState: "not-ready:full" names the Not Ready reason "full", which the shell does not offer (its reasons: break).',
    ]);
    expect(
      check.ok &&
        checkMappingAgainstReasons(check.mapping, [{ id: 'break' }, { id: 'lunch' }, { id: 'gone' }, { id: 'full' }]),
    ).toEqual([]);
  });
});
