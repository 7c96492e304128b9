import { BehaviorSubject } from 'rxjs';
import { LOGGED_OUT_SESSION } from '../dc-state/dc-session';
import { DEFAULT_NOT_READY_REASONS } from '../dc-state/dc-state';
import { checkOmniProps } from './omni-props.schema';

function validProps(): Record<string, unknown> {
  return {
    contractVersion: 1,
    dcSession$: new BehaviorSubject(LOGGED_OUT_SESSION),
    setDcState: () => Promise.resolve(),
    bridge: { url: 'https://acme.my.salesforce.com/apex/bridge', consoleOrigin: 'https://acme.my.salesforce.com' },
    notReadyReasons: DEFAULT_NOT_READY_REASONS,
    // single-spa adds its own props; they must not be refused.
    name: 'omni-mfe',
    singleSpa: {},
  };
}

describe('checkOmniProps', () => {
  it('accepts the props a conforming shell passes', () => {
    const check = checkOmniProps(validProps());
    expect(check.ok).toBeTrue();
  });

  it('says what to do when no props or no version came', () => {
    expect(checkOmniProps(undefined)).toEqual({
      ok: false,
      problems: [jasmine.stringContaining('received no custom props')],
    });
    const { contractVersion: _dropped, ...rest } = validProps();
    expect(checkOmniProps(rest)).toEqual({
      ok: false,
      problems: [jasmine.stringContaining('passed no contractVersion')],
    });
  });

  it('names both versions when the shell speaks another contract version', () => {
    const check = checkOmniProps({ ...validProps(), contractVersion: 2 });
    expect(check).toEqual({
      ok: false,
      problems: [jasmine.stringMatching(/version 2, but this omni-mfe speaks version 1: deploy matching versions/)],
    });
  });

  it('lists every broken field with its path', () => {
    const check = checkOmniProps({
      ...validProps(),
      dcSession$: {},
      setDcState: 'x',
      bridge: { url: 'javascript:alert(1)', consoleOrigin: 'https://a.example/path' },
      notReadyReasons: [{ id: '' }],
    });
    expect(check.ok).toBeFalse();
    const problems = check.ok ? [] : check.problems;
    expect(problems).toContain('dcSession$ must be an observable of the DC session');
    expect(problems).toContain('setDcState must be a function (state, reason) returning a promise');
    expect(problems).toContain('bridge.url must be an absolute http(s) URL');
    expect(problems).toContain('bridge.consoleOrigin must be an origin only, e.g. https://acme.my.salesforce.com');
    expect(problems.some((p) => p.startsWith('notReadyReasons.0'))).toBeTrue();
  });

  it("accepts the agent's locale, and names one that is not a string", () => {
    const check = checkOmniProps({ ...validProps(), locale: 'de' });
    expect(check.ok && check.props.locale).toBe('de');
    const bad = checkOmniProps({ ...validProps(), locale: 49 });
    expect(bad.ok ? [] : bad.problems).toContain('locale must be a string');
  });
});
