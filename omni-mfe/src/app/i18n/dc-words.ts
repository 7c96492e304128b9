import { DC_VOCABULARY, type DcLanguage, type DcWords } from '@shared/dc-state/dc-vocabulary';

/**
 * The DC vocabulary's words in this build's language (BUILD_LOCALE). Every locale omni-mfe is
 * built for has them: dc-words.spec.ts checks angular.json's locales against the vocabulary.
 */
export function dcWordsFor(buildLocale: string): DcWords {
  return DC_VOCABULARY[buildLocale as DcLanguage];
}
