import { DC_LANGUAGES, DC_VOCABULARY, isDcLanguage, notReadyReasonsIn } from './dc-vocabulary';

describe('DC vocabulary', () => {
  it('names the same kinds and reasons, in the same order, in every language', () => {
    for (const language of DC_LANGUAGES) {
      const words = DC_VOCABULARY[language];
      expect(Object.keys(words.kinds)).withContext(language).toEqual(Object.keys(DC_VOCABULARY.en.kinds));
      expect(Object.keys(words.notReadyReasons))
        .withContext(language)
        .toEqual(Object.keys(DC_VOCABULARY.en.notReadyReasons));
      for (const label of [...Object.values(words.kinds), ...Object.values(words.notReadyReasons)])
        expect(label.trim()).withContext(language).not.toBe('');
    }
  });

  it("gives the reference shell's Not Ready reasons with one language's labels", () => {
    expect(notReadyReasonsIn('de')).toEqual([
      { id: 'break', label: 'Pause' },
      { id: 'lunch', label: 'Mittagspause' },
      { id: 'training', label: 'Schulung' },
    ]);
  });

  it('knows its languages only', () => {
    expect(DC_LANGUAGES).toEqual(['en', 'de']);
    expect(isDcLanguage('de')).toBeTrue();
    expect(isDcLanguage('fr')).toBeFalse();
    expect(isDcLanguage('toString')).toBeFalse();
  });
});
