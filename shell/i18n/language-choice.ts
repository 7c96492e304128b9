import { element } from '../dom/element';
import { urlInLocale } from './agent-locale';
import { SHELL_LOCALES, SHELL_MESSAGES, type ShellLocale, type ShellMessages } from './shell-messages';

/**
 * The language choice: one link per language, named in that language, so German is one click
 * away. A link reloads the shell: omni-mfe is a remote built per language, and two builds of one
 * federated container cannot share a page.
 */
export function mountLanguageChoice(host: HTMLElement, current: ShellLocale, href: string): () => void {
  const doc = host.ownerDocument;
  const links = SHELL_LOCALES.map((locale) => {
    const link = element(
      doc,
      'a',
      { href: urlInLocale(href, locale), lang: locale, hreflang: locale },
      SHELL_MESSAGES[locale].languageName,
    );
    if (locale === current) link.setAttribute('aria-current', 'true');
    return link;
  });
  host.replaceChildren(
    element(doc, 'nav', { class: 'dc-language', 'aria-label': SHELL_MESSAGES[current].languageChoice }, ...links),
  );
  return () => host.replaceChildren();
}

/**
 * Puts index.html's own words in the agent's language: `data-i18n` names an element's text,
 * `data-i18n-label` its aria-label; `<html lang>` follows, for screen readers and hyphenation.
 */
export function localizeLayout(doc: Document, locale: ShellLocale, messages: ShellMessages): void {
  doc.documentElement.lang = locale;
  const text = (key: string | undefined) => messages.layout[key as keyof ShellMessages['layout']];
  doc.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    const value = text(el.dataset['i18n']);
    if (value !== undefined) el.textContent = value;
  });
  doc.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
    const value = text(el.dataset['i18nLabel']);
    if (value !== undefined) el.setAttribute('aria-label', value);
  });
}
