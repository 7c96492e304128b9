/** omni-mfe's translations are complete and keep every placeholder (run by npm run test:scripts). */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { BUILD_LOCALE_ID, checkTranslations, translationProblems } from './translation-problems';

const source = {
  locale: 'en',
  translations: {
    [BUILD_LOCALE_ID]: 'en',
    a: 'Assigned {$duration} ago',
    b: '{VAR_PLURAL, plural, =1 {1 work item} other {{INTERPOLATION} work items}}',
  },
};

describe('translation files', () => {
  test('the committed ones are complete for every locale angular.json builds', () => {
    assert.deepEqual(checkTranslations(resolve(__dirname, '../..')), []);
  });

  test('a good translation passes', () => {
    const de = {
      locale: 'de',
      translations: {
        [BUILD_LOCALE_ID]: 'de',
        a: 'Zugewiesen vor {$duration}',
        b: '{VAR_PLURAL, plural, =1 {1 Arbeitselement} other {{INTERPOLATION} Arbeitselemente}}',
      },
    };
    assert.deepEqual(translationProblems(source, de), []);
  });

  test('names a missing message, a lost placeholder, a stale one and a wrong locale', () => {
    const bad = {
      locale: 'de',
      translations: { [BUILD_LOCALE_ID]: 'en', a: 'Zugewiesen vor kurzem', old: 'Alt' },
    };
    assert.deepEqual(translationProblems(source, bad), [
      'the de translation of message a has placeholders [], the source [{$duration}]',
      'the de translation lacks message b ("{VAR_PLURAL, plural, =1 {1 work item} other {{INTERPOLATION} work items}}")',
      'the de translation has message old, which the source no longer has',
      `the de translation must translate ${BUILD_LOCALE_ID} as its own locale, "de"`,
    ]);
  });
});
