import { BehaviorSubject } from 'rxjs';
import { LOGGED_OUT_SESSION } from '../dc-state/dc-session';
import { DEFAULT_NOT_READY_REASONS } from '../dc-state/dc-state';
import { checkOmniProps } from './omni-props.schema';

const messageService = { publish: () => undefined, subscribe: () => undefined, unsubscribe: () => undefined };

function validV2(consoleConfig: unknown = { transport: 'open-cti', channelName: 'dcOmniBridge__c', messageService }) {
  return {
    contractVersion: 2,
    dcSession$: new BehaviorSubject(LOGGED_OUT_SESSION),
    setDcState: () => Promise.resolve(),
    console: consoleConfig,
    notReadyReasons: DEFAULT_NOT_READY_REASONS,
    locale: 'de-CH',
    // single-spa adds its own props; they must not be refused.
    name: 'omni-mfe',
    singleSpa: {},
  } as Record<string, unknown>;
}

function validV1(): Record<string, unknown> {
  const { console: _console, locale: _locale, ...rest } = validV2();
  return {
    ...rest,
    contractVersion: 1,
    bridge: { url: 'https://acme.my.salesforce.com/apex/bridge', consoleOrigin: 'https://acme.my.salesforce.com' },
  };
}

const problemsOf = (raw: unknown): readonly string[] => {
  const check = checkOmniProps(raw);
  return check.ok ? [] : check.problems;
};

describe('checkOmniProps', () => {
  it('accepts version 2 props for Lightning (open-cti) and for Classic (bridge-iframe), locale included', () => {
    const lightning = checkOmniProps(validV2());
    expect(lightning.ok && lightning.props.console.transport).toBe('open-cti');
    expect(lightning.ok && lightning.props.locale).toBe('de-CH');
    const classic = checkOmniProps(
      validV2({ transport: 'bridge-iframe', url: 'https://a.example/bridge', consoleOrigin: 'https://a.example' }),
    );
    expect(classic.ok && classic.props.console).toEqual({
      transport: 'bridge-iframe',
      url: 'https://a.example/bridge',
      consoleOrigin: 'https://a.example',
    });
  });

  it('keeps version 1 props working unchanged, as the bridge iframe transport', () => {
    const check = checkOmniProps(validV1());
    expect(check.ok).toBeTrue();
    if (!check.ok) return;
    expect(check.contractVersion).toBe(1);
    expect(check.props.console).toEqual({
      transport: 'bridge-iframe',
      url: 'https://acme.my.salesforce.com/apex/bridge',
      consoleOrigin: 'https://acme.my.salesforce.com',
    });
  });

  it('says what to do when no props or no version came', () => {
    expect(problemsOf(undefined)).toEqual([jasmine.stringContaining('received no custom props')]);
    const { contractVersion: _dropped, ...rest } = validV2();
    expect(problemsOf(rest)).toEqual([jasmine.stringContaining('passed no contractVersion')]);
  });

  it('says that a string version must be a number', () => {
    expect(problemsOf({ ...validV2(), contractVersion: '2' })).toEqual([
      jasmine.stringContaining('contractVersion is the string "2"; it must be the number 2'),
    ]);
  });

  it('names both versions for an unknown one, and still lists every other problem', () => {
    const problems = problemsOf({ ...validV2(), contractVersion: 3, setDcState: 'x', locale: 42 });
    expect(problems[0]).toMatch(/version 3, but omni-mfe speaks custom props contract version 2 \(and version 1 until/);
    expect(problems).toContain('setDcState must be a function (state, reason) returning a promise');
    expect(problems).toContain('locale must be a BCP 47 language tag, e.g. "en" or "de-CH"');
  });

  it('names the missing keys of bridge: {} and of an empty open-cti console', () => {
    expect(problemsOf({ ...validV1(), bridge: {} })).toEqual([
      "bridge.url is missing: it must be the bridge page's absolute URL",
      'bridge.consoleOrigin is missing: it must be the exact origin of the bridge page, e.g. https://acme--c.vf.force.com',
    ]);
    expect(problemsOf(validV2({ transport: 'open-cti' }))).toEqual([
      'console.channelName is missing: it must be the Lightning message channel, e.g. dcOmniBridge__c',
      'console.messageService is missing: it must be an object { publish, subscribe, unsubscribe } bound to sforce.opencti',
    ]);
    expect(problemsOf(validV2({ transport: 'sms' }))).toEqual([
      "console.transport must be 'bridge-iframe' (Salesforce Classic) or 'open-cti' (Lightning)",
    ]);
  });

  it('refuses a message service without its functions and a channel name that is not one', () => {
    const problems = problemsOf(
      validV2({ transport: 'open-cti', channelName: 'dcOmniBridge', messageService: { publish: () => undefined } }),
    );
    expect(problems).toEqual([
      'console.channelName must be a Lightning message channel API name ending in __c, e.g. dcOmniBridge__c',
      'console.messageService.subscribe is missing',
      'console.messageService.unsubscribe is missing',
    ]);
  });

  it('refuses reason ids that could not agree across notReadyReasons, setDcState and the mapping keys', () => {
    const problems = problemsOf({
      ...validV2(),
      notReadyReasons: [
        { id: 'break', label: 'Break' },
        { id: 'break', label: 'Coffee' },
      ],
    });
    expect(problems).toEqual([jasmine.stringContaining('notReadyReasons: the id "break" is used twice')]);
    expect(problemsOf({ ...validV2(), notReadyReasons: [{ id: 'not-ready:lunch', label: 'Lunch' }] })).toEqual([
      'notReadyReasons.0.id: a Not Ready reason id may hold letters, digits, "_", "." and "-" only',
    ]);
  });

  it('validates domElement and locale', () => {
    expect(checkOmniProps({ ...validV2(), domElement: document.createElement('div') }).ok).toBeTrue();
    expect(problemsOf({ ...validV2(), domElement: '#omni' })).toEqual([
      'domElement must be the HTML element omni-mfe mounts into, or left out (single-spa then creates one)',
    ]);
    expect(problemsOf({ ...validV2(), locale: 'not a locale!' })).toEqual([
      'locale "not a locale!" is not a BCP 47 language tag, e.g. "en" or "de-CH"',
    ]);
  });

  it('lists every broken field of version 1 props with its path, as before', () => {
    const problems = problemsOf({
      ...validV1(),
      dcSession$: {},
      setDcState: 'x',
      bridge: { url: 'javascript:alert(1)', consoleOrigin: 'https://a.example/path' },
      notReadyReasons: [{ id: '' }],
    });
    expect(problems).toContain(
      'dcSession$ must be an observable of the DC session (subscribe(observer) → { unsubscribe() })',
    );
    expect(problems).toContain('setDcState must be a function (state, reason) returning a promise');
    expect(problems).toContain('bridge.url must be an absolute http(s) URL');
    expect(problems).toContain('bridge.consoleOrigin must be an origin only, e.g. https://acme.my.salesforce.com');
    expect(problems.some((p) => p.startsWith('notReadyReasons.0'))).toBeTrue();
  });

  it("accepts the agent's locale in version 2, and names one that is not a language tag", () => {
    const check = checkOmniProps({ ...validV2(), locale: 'de' });
    expect(check.ok && check.props.locale).toBe('de');
    const bad = checkOmniProps({ ...validV2(), locale: 49 });
    expect(bad.ok ? [] : bad.problems.some((p) => p.startsWith('locale must be a BCP 47 language tag'))).toBeTrue();
  });
});
