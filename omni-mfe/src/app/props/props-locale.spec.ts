import { checkOmniProps } from '@shared/contracts/omni-props.schema';
import { appConfig } from '../app.config';
import { OMNI_PROPS_PROBLEMS } from './omni-props.token';
import { checkPropsLocale } from './props-locale';

describe('checkPropsLocale', () => {
  const props = (locale?: string) =>
    checkOmniProps({
      contractVersion: 2,
      dcSession$: { subscribe: () => ({ unsubscribe: () => undefined }) },
      setDcState: () => Promise.resolve(),
      console: { transport: 'bridge-iframe', url: 'https://c.example/bridge.html', consoleOrigin: 'https://c.example' },
      notReadyReasons: [],
      ...(locale === undefined ? {} : { locale }),
    });

  it("accepts the build's language, with or without a region, and a shell that names none", () => {
    expect(props('de').ok).withContext('the props themselves').toBeTrue();
    for (const locale of ['de', 'de-CH', 'DE-at', undefined])
      expect(checkPropsLocale(props(locale), 'de').ok)
        .withContext(String(locale))
        .toBeTrue();
  });

  it("refuses another language's locale, saying which build to point the manifest at", () => {
    expect(checkPropsLocale(props('de'), 'en')).toEqual({
      ok: false,
      problems: [
        `locale is "de", but this omni-mfe build is in "en": the shell loaded another language's build. Point the manifest's omniMfe.locales.de at omni-mfe's de/remoteEntry.js.`,
      ],
    });
  });

  it('leaves props that are already refused as they are', () => {
    const refused = { ok: false as const, problems: ['setDcState must be a function'] };
    expect(checkPropsLocale(refused, 'en')).toBe(refused);
  });

  it("makes a mount with another language's locale show the problem instead of starting (this test build is English)", () => {
    const problems = appConfig(props('de')).providers.find(
      (p): p is { provide: unknown; useValue: readonly string[] } =>
        typeof p === 'object' && p !== null && 'provide' in p && p.provide === OMNI_PROPS_PROBLEMS,
    );
    expect(problems?.useValue).toEqual([
      jasmine.stringContaining('locale is "de", but this omni-mfe build is in "en"'),
    ]);
  });
});
