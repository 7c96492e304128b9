import { clearTranslations, loadTranslations } from '@angular/localize';
import german from '../../../locale/messages.de.json';

/**
 * Runs `body` with the committed German translation loaded into $localize at run time, as the
 * German build has it inlined; messages marked in code are then German, English again after.
 */
export async function inGerman<T>(body: () => T | Promise<T>): Promise<T> {
  loadTranslations(german.translations);
  try {
    return await body();
  } finally {
    clearTranslations();
  }
}
