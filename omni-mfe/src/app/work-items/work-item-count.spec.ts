import { clearTranslations, loadTranslations } from '@angular/localize';
import { inGerman } from '../i18n/testing/german';
import { workItemCountText } from './work-item-count';

describe('the work-item count in words', () => {
  const cases = [
    [0, '0 work items', '0 Arbeitselemente'],
    [1, '1 work item', '1 Arbeitselement'],
    [2, '2 work items', '2 Arbeitselemente'],
    [11, '11 work items', '11 Arbeitselemente'],
    [21, '21 work items', '21 Arbeitselemente'],
  ] as const;

  for (const [n, english, german] of cases) {
    it(`says "${english}" in English and "${german}" in German`, async () => {
      expect(workItemCountText(n, 'en')).toBe(english);
      expect(await inGerman(() => workItemCountText(n, 'de'))).toBe(german);
    });
  }

  /**
   * English and German use only "one" and "other", so a language that uses more categories shows
   * that each category reaches its own message: Polish says 1 "element", 2–4 and 22–24
   * "elementy", 5–21 and 0 "elementów"; Welsh has "zero" and "two" as well.
   */
  it('chooses each CLDR category by the locale’s rules, each with its own translation', () => {
    loadTranslations({
      'omni.workItemCount.zero': 'zero:{$count}',
      'omni.workItemCount.one': 'one:{$count}',
      'omni.workItemCount.two': 'two:{$count}',
      'omni.workItemCount.few': 'few:{$count}',
      'omni.workItemCount.many': 'many:{$count}',
      'omni.workItemCount.other': 'other:{$count}',
    });
    try {
      const polish = [0, 1, 2, 4, 5, 12, 21, 22].map((n) => workItemCountText(n, 'pl'));
      expect(polish).toEqual(['many:0', 'one:1', 'few:2', 'few:4', 'many:5', 'many:12', 'many:21', 'few:22']);
      const welsh = [0, 1, 2, 3, 6, 7].map((n) => workItemCountText(n, 'cy'));
      expect(welsh).toEqual(['zero:0', 'one:1', 'two:2', 'few:3', 'many:6', 'other:7']);
      expect(workItemCountText(21, 'ru')).toBe('one:21');
    } finally {
      clearTranslations();
    }
  });
});
