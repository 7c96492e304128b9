import angular from '../../../../angular.json';
import { isDcLanguage } from '@shared/dc-state/dc-vocabulary';
import { dcWordsFor } from './dc-words';

describe('dcWordsFor', () => {
  it('has the DC vocabulary for every locale omni-mfe is built for', () => {
    const i18n = angular.projects['omni-mfe'].i18n;
    for (const locale of [i18n.sourceLocale.code, ...Object.keys(i18n.locales)])
      expect(isDcLanguage(locale)).withContext(`add "${locale}" to shared/dc-state/dc-words.json`).toBeTrue();
    expect(dcWordsFor('de').kinds['wrap-up']).toBe('Nachbearbeitung');
  });
});
