import { chooseAgentLocale, LANGUAGE_STORAGE_KEY, urlInLocale } from './agent-locale';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe("the agent's language", () => {
  it('is English unless chosen', () => {
    expect(chooseAgentLocale('', memoryStorage())).toBe('en');
    expect(chooseAgentLocale('', null)).toBe('en');
  });

  it('is chosen with ?lang= and remembered for the next visit', () => {
    const storage = memoryStorage();
    expect(chooseAgentLocale('?lang=de', storage)).toBe('de');
    expect(storage.values.get(LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(chooseAgentLocale('', storage)).toBe('de');
    expect(chooseAgentLocale('?lang=en', storage)).toBe('en');
    expect(chooseAgentLocale('', storage)).toBe('en');
  });

  it('ignores a language the shell does not speak', () => {
    const storage = memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'de' });
    expect(chooseAgentLocale('?lang=xx', storage)).toBe('de');
    expect(chooseAgentLocale('', memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'klingon' }))).toBe('en');
  });

  it('still works when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(chooseAgentLocale('?lang=de', blocked)).toBe('de');
    expect(chooseAgentLocale('', blocked)).toBe('en');
  });

  it('links to the same page in another language, keeping the rest of the URL', () => {
    expect(urlInLocale('http://127.0.0.1:4200/?omni-remote=x&lang=en#/settings', 'de')).toBe(
      'http://127.0.0.1:4200/?omni-remote=x&lang=de#/settings',
    );
  });
});
