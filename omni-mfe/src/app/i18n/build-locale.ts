import { InjectionToken } from '@angular/core';

/**
 * The locale this build of omni-mfe was translated for ("en", "de", …): times and durations are
 * formatted in it through Intl.
 *
 * Angular's builder announces the locale (`$localize.locale`, and Angular's locale data) only in
 * the `main` bundle, which a shell never loads: it loads remoteEntry.js and the lifecycles chunk.
 * So each translation file names its own locale as the translation of this one message, and the
 * inlining puts it in the chunk the shell does load. Angular's LOCALE_ID is left at its default:
 * the ICU plurals only need English plural rules, which German shares (docs/CONFIGURATION.md says
 * what a language with other rules needs).
 */
export const BUILD_LOCALE = new InjectionToken<string>('BUILD_LOCALE', {
  factory: () =>
    $localize`:the locale code of this translation, e.g. de; never shown, it tells the build its locale@@omni.buildLocale:en`,
});
