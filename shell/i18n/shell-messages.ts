import type { DcStateKind } from '@shared/dc-state/dc-state';
import { DC_LANGUAGES, DC_VOCABULARY, type DcLanguage } from '@shared/dc-state/dc-vocabulary';

/**
 * The languages the shell speaks: those of the DC vocabulary, which names the DC states in each.
 * omni-mfe is built once for each (angular.json, i18n.locales).
 */
export const SHELL_LOCALES = DC_LANGUAGES;
export type ShellLocale = DcLanguage;

/** Every word the shell shows, per language. A new language is one more entry of this type. */
export interface ShellMessages {
  /** The language's own name, for the language choice ("Deutsch"). */
  readonly languageName: string;
  readonly languageChoice: string;
  readonly agentId: string;
  readonly logIn: string;
  readonly logOut: string;
  readonly dcState: string;
  readonly agentIdRefused: string;
  readonly dcStateRefused: (why: string) => string;
  /** The DC states' names, from the DC vocabulary (shared/dc-state/dc-words.json). */
  readonly dcStates: Readonly<Record<DcStateKind, string>>;
  /** Layout texts of index.html, by their `data-i18n` key. */
  readonly layout: Readonly<Record<'softphone' | 'settings' | 'omniModule' | 'settingsRegion', string>>;
  readonly settingsHeading: string;
  readonly moduleSource: (url: string, source: string) => string;
  readonly overrideHint: (param: string, key: string) => string;
  readonly notConfigured: (why: string) => string;
  readonly consoleUnreachable: (why: string) => string;
  readonly couldNotLoad: (url: string, source: string, why: string) => string;
  readonly stopped: (why: string) => string;
}

const en: ShellMessages = {
  languageName: 'English',
  languageChoice: 'Language',
  agentId: 'Agent ID',
  logIn: 'Log in',
  logOut: 'Log out',
  dcState: 'DC state',
  agentIdRefused: 'Enter an agent ID of letters, digits, dots, dashes or underscores (at most 64).',
  dcStateRefused: (why) => `The DC state could not be changed: ${why}`,
  dcStates: DC_VOCABULARY.en.kinds,
  layout: {
    softphone: 'Softphone',
    settings: 'Settings',
    omniModule: 'Omni-Channel module',
    settingsRegion: 'Settings',
  },
  settingsHeading: 'Settings',
  moduleSource: (url, source) => `Omni-Channel module: ${url} (from the ${source}).`,
  overrideHint: (param, key) =>
    `Developers can load another build with ?${param}=URL or localStorage "${key}" when the manifest allows overrides.`,
  notConfigured: (why) => `Omni-Channel is not configured: ${why} Desktop Connect keeps working without it.`,
  consoleUnreachable: (why) =>
    `Omni-Channel cannot reach the Salesforce console: ${why} Desktop Connect keeps working without it.`,
  couldNotLoad: (url, source, why) =>
    `Omni-Channel could not be loaded from ${url} (${source}). ${why} Desktop Connect keeps working without it.`,
  stopped: (why) => `Omni-Channel stopped: ${why} Desktop Connect keeps working without it.`,
};

const de: ShellMessages = {
  languageName: 'Deutsch',
  languageChoice: 'Sprache',
  agentId: 'Agenten-ID',
  logIn: 'Anmelden',
  logOut: 'Abmelden',
  dcState: 'DC-Status',
  agentIdRefused:
    'Geben Sie eine Agenten-ID aus Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen ein (höchstens 64).',
  dcStateRefused: (why) => `Der DC-Status konnte nicht geändert werden: ${why}`,
  dcStates: DC_VOCABULARY.de.kinds,
  layout: {
    softphone: 'Softphone',
    settings: 'Einstellungen',
    omniModule: 'Omni-Channel-Modul',
    settingsRegion: 'Einstellungen',
  },
  settingsHeading: 'Einstellungen',
  moduleSource: (url, source) => `Omni-Channel-Modul: ${url} (aus ${source === 'manifest' ? 'dem Manifest' : source}).`,
  overrideHint: (param, key) =>
    `Entwickler können einen anderen Build mit ?${param}=URL oder localStorage "${key}" laden, wenn das Manifest das erlaubt.`,
  notConfigured: (why) =>
    `Omni-Channel ist nicht konfiguriert: ${why} Desktop Connect funktioniert ohne Omni-Channel weiter.`,
  consoleUnreachable: (why) =>
    `Omni-Channel erreicht die Salesforce-Konsole nicht: ${why} Desktop Connect funktioniert ohne Omni-Channel weiter.`,
  couldNotLoad: (url, source, why) =>
    `Omni-Channel konnte nicht von ${url} (${source}) geladen werden. ${why} Desktop Connect funktioniert ohne Omni-Channel weiter.`,
  stopped: (why) => `Omni-Channel wurde beendet: ${why} Desktop Connect funktioniert ohne Omni-Channel weiter.`,
};

export const SHELL_MESSAGES: Readonly<Record<ShellLocale, ShellMessages>> = { en, de };
