import { SHELL_LOCALES, type ShellLocale } from './shell-messages';

/** `?lang=de` on the shell's URL chooses the language; the choice is remembered under this key. */
export const LANGUAGE_QUERY_PARAM = 'lang';
export const LANGUAGE_STORAGE_KEY = 'dc.lang';

const isShellLocale = (value: string | null): value is ShellLocale =>
  value !== null && (SHELL_LOCALES as readonly string[]).includes(value);

/**
 * The agent's language: `?lang=` first (remembered for the next visit), then the remembered
 * choice, then English. An unknown code is ignored rather than guessed at.
 */
export function chooseAgentLocale(search: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null): ShellLocale {
  const asked = new URLSearchParams(search).get(LANGUAGE_QUERY_PARAM);
  if (isShellLocale(asked)) {
    try {
      storage?.setItem(LANGUAGE_STORAGE_KEY, asked);
    } catch {
      // Blocked storage only means the choice is not remembered.
    }
    return asked;
  }
  let remembered: string | null = null;
  try {
    remembered = storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    remembered = null;
  }
  return isShellLocale(remembered) ? remembered : 'en';
}

/** The shell's URL in another language: the same page with `?lang=` set, other parameters kept. */
export function urlInLocale(href: string, locale: ShellLocale): string {
  const url = new URL(href);
  url.searchParams.set(LANGUAGE_QUERY_PARAM, locale);
  return url.href;
}
