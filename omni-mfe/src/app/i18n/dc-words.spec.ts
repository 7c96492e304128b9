import angular from '../../../../angular.json';
import { dcWordsFor } from './dc-words';

describe('dcWordsFor', () => {
  it('has the DC vocabulary for every locale omni-mfe is built for', () => {
    const i18n = angular.projects['omni-mfe'].i18n;
    for (const locale of [i18n.sourceLocale.code, ...Object.keys(i18n.locales)])
      expect(() => dcWordsFor(locale))
        .withContext(locale)
        .not.toThrow();
    expect(dcWordsFor('de').kinds['wrap-up']).toBe('Nachbearbeitung');
  });

  it('names the file to fix for a locale without words', () => {
    expect(() => dcWordsFor('fr')).toThrowError(/"fr".*dc-words\.json/);
  });
});
