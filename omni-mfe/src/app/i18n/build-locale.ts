import { InjectionToken } from '@angular/core';

/**
 * The locale this build of omni-mfe was translated for ("en", "de", …): times, durations and
 * plural categories are chosen in it through Intl.
 *
 * Angular's builder announces the locale (`$localize.locale`, and Angular's locale data) only in
 * the `main` bundle, which a shell never loads: it loads remoteEntry.js and the lifecycles chunk.
 * So each translation file names its own locale as the translation of this one message, and the
 * inlining puts it in the chunk the shell does load. Angular's LOCALE_ID is left at its default:
 * no Angular pipe or template ICU in omni-mfe reads it; plurals are chosen by Intl.PluralRules in
 * this locale (work-items/work-item-count.ts).
 */
export function buildLocale(): string {
  return $localize`:the locale code of this translation, e.g. de; never shown, it tells the build its locale@@omni.buildLocale:en`;
}

export const BUILD_LOCALE = new InjectionToken<string>('BUILD_LOCALE', { factory: buildLocale });
