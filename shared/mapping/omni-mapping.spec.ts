import { checkMappingAgainstStatuses, checkOmniMapping } from './omni-mapping';

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
});
