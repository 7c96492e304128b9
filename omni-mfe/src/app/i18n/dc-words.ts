import { DC_VOCABULARY, isDcLanguage, type DcWords } from '@shared/dc-state/dc-vocabulary';

/**
 * The DC vocabulary's words in this build's language (BUILD_LOCALE). Every locale omni-mfe is
 * built for has them (dc-words.spec.ts checks angular.json), so a miss is a build mistake.
 */
export function dcWordsFor(buildLocale: string): DcWords {
  if (isDcLanguage(buildLocale)) return DC_VOCABULARY[buildLocale];
  throw new Error(
    `omni-mfe is built for "${buildLocale}", which shared/dc-state/dc-words.json has no words for: add them there.`,
  );
}
