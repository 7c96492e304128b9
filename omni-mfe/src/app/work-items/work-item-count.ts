/**
 * The launcher's count as words ("1 work item", "2 work items"), chosen by the platform's
 * Intl.PluralRules in the build's locale rather than by an ICU plural in a template: a template
 * ICU pulls Angular's i18n runtime (about 9 KB gz) into the initial JS, and Angular's LOCALE_ID
 * would have to carry the locale's plural rules besides.
 *
 * One $localize message per CLDR plural category, each with a stable id, so a translator sees
 * every category and writes those the language uses; the English source gives `zero`, `two`,
 * `few` and `many` the words of `other`, since English never selects them.
 */

const rulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** `count` work items in words, in the plural form `locale` uses for that number. */
export function workItemCountText(count: number, locale: string): string {
  switch (pluralRules(locale).select(count)) {
    case 'zero':
      return $localize`:the launcher's count, read by screen readers; CLDR plural category "zero"@@omni.workItemCount.zero:${count}:count: work items`;
    case 'one':
      return $localize`:the launcher's count, read by screen readers; CLDR plural category "one"@@omni.workItemCount.one:${count}:count: work item`;
    case 'two':
      return $localize`:the launcher's count, read by screen readers; CLDR plural category "two"@@omni.workItemCount.two:${count}:count: work items`;
    case 'few':
      return $localize`:the launcher's count, read by screen readers; CLDR plural category "few"@@omni.workItemCount.few:${count}:count: work items`;
    case 'many':
      return $localize`:the launcher's count, read by screen readers; CLDR plural category "many"@@omni.workItemCount.many:${count}:count: work items`;
    default:
      return $localize`:the launcher's count, read by screen readers; CLDR plural category "other"@@omni.workItemCount.other:${count}:count: work items`;
  }
}
