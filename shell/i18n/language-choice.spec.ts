import { localizeLayout, mountLanguageChoice } from './language-choice';
import { SHELL_MESSAGES } from './shell-messages';

describe('language choice and layout words', () => {
  it('offers each language by its own name, one click each, marking the current one', () => {
    const host = document.createElement('div');
    mountLanguageChoice(host, 'en', 'http://127.0.0.1:4200/');
    const nav = host.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Language');
    const links = Array.from(nav.querySelectorAll('a'));
    expect(links.map((a) => [a.textContent, a.lang, a.href, a.getAttribute('aria-current')])).toEqual([
      ['English', 'en', 'http://127.0.0.1:4200/?lang=en', 'true'],
      ['Deutsch', 'de', 'http://127.0.0.1:4200/?lang=de', null],
    ]);
  });

  it('names the choice in German when the shell speaks German', () => {
    const host = document.createElement('div');
    mountLanguageChoice(host, 'de', 'http://127.0.0.1:4200/?lang=de');
    expect(host.querySelector('nav')!.getAttribute('aria-label')).toBe('Sprache');
    expect(host.querySelector('a[aria-current]')!.textContent).toBe('Deutsch');
  });

  it("puts the layout's words and <html lang> in the agent's language", () => {
    const doc = document.implementation.createHTMLDocument('t');
    const link = doc.createElement('a');
    link.textContent = 'Settings';
    const section = doc.createElement('section');
    doc.body.append(link, section);
    link.dataset['i18n'] = 'settings';
    section.dataset['i18nLabel'] = 'omniModule';
    localizeLayout(doc, 'de', SHELL_MESSAGES.de);
    expect(doc.documentElement.lang).toBe('de');
    expect(link.textContent).toBe('Einstellungen');
    expect(section.getAttribute('aria-label')).toBe('Omni-Channel-Modul');
  });

  it('has every language speak every message', () => {
    const keys = (o: object) => Object.keys(o).sort();
    for (const t of Object.values(SHELL_MESSAGES)) {
      expect(keys(t)).toEqual(keys(SHELL_MESSAGES.en));
      expect(keys(t.layout)).toEqual(keys(SHELL_MESSAGES.en.layout));
    }
  });
});
