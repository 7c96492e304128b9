/**
 * What is wrong with omni-mfe's translation files, in sentences: a message the extraction has and
 * a translation lacks (the build would stop on it), one the extraction no longer has, a
 * placeholder lost or invented, or a file that does not name its own locale (see
 * omni-mfe/src/app/i18n/build-locale.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const BUILD_LOCALE_ID = 'omni.buildLocale';

interface MessageFile {
  readonly locale: string;
  readonly translations: Readonly<Record<string, string>>;
}

/** `{$name}` placeholders and ICU variables, each once, sorted: what a translation must keep. */
function placeholders(message: string): string[] {
  const found = message.match(/\{\$[\w]+\}|\{[A-Z_]+[\d]*\}|VAR_[A-Z]+(?:_\d+)?/g) ?? [];
  return [...new Set(found)].sort();
}

export function translationProblems(source: MessageFile, translation: MessageFile): string[] {
  const problems: string[] = [];
  const name = `the ${translation.locale} translation`;
  for (const [id, message] of Object.entries(source.translations)) {
    const translated = translation.translations[id];
    if (translated === undefined) {
      problems.push(`${name} lacks message ${id} ("${message}")`);
      continue;
    }
    const want = placeholders(message).join(' ');
    const have = placeholders(translated).join(' ');
    if (id !== BUILD_LOCALE_ID && want !== have)
      problems.push(`${name} of message ${id} has placeholders [${have}], the source [${want}]`);
  }
  for (const id of Object.keys(translation.translations))
    if (!(id in source.translations)) problems.push(`${name} has message ${id}, which the source no longer has`);
  if (translation.translations[BUILD_LOCALE_ID] !== translation.locale)
    problems.push(`${name} must translate ${BUILD_LOCALE_ID} as its own locale, "${translation.locale}"`);
  return problems;
}

interface I18nConfig {
  readonly sourceLocale: { readonly code: string };
  readonly locales: Readonly<Record<string, { readonly translation: string }>>;
}

/** Every locale angular.json builds, checked against the committed extraction. */
export function checkTranslations(root: string): string[] {
  const read = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as unknown;
  const angular = read('angular.json') as { projects: { 'omni-mfe': { i18n: I18nConfig } } };
  const i18n = angular.projects['omni-mfe'].i18n;
  const source = read('omni-mfe/src/locale/messages.json') as MessageFile;
  const problems =
    source.locale === i18n.sourceLocale.code
      ? []
      : [`messages.json is for "${source.locale}", the source locale is "${i18n.sourceLocale.code}"`];
  for (const [locale, { translation }] of Object.entries(i18n.locales)) {
    const file = read(translation) as MessageFile;
    if (file.locale !== locale) problems.push(`${translation} says it is for "${file.locale}", not "${locale}"`);
    problems.push(...translationProblems(source, file));
  }
  return problems;
}
