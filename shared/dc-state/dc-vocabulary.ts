import vocabulary from './dc-words.json';

/**
 * The words of the DC state model, in every language Desktop Connect speaks: the kinds' labels
 * and the reference shell's Not Ready reasons with their labels. dc-words.json is their one
 * home; the shell, omni-mfe and hosts without a bundler (they fetch the JSON) all read it. Keys
 * are in the order the DC header lists them; every language names the same keys (a test checks).
 */
export type DcLanguage = keyof typeof vocabulary;
export type DcStateKind = keyof (typeof vocabulary)['en']['kinds'];

/** One language's words. */
export interface DcWords {
  readonly kinds: Readonly<Record<DcStateKind, string>>;
  /** Not Ready reason labels by reason id. */
  readonly notReadyReasons: Readonly<Record<string, string>>;
}

/** A Not Ready reason an agent can pick in the DC header. */
export interface NotReadyReason {
  readonly id: string;
  readonly label: string;
}

export const DC_VOCABULARY: Readonly<Record<DcLanguage, DcWords>> = vocabulary;

export const DC_LANGUAGES = /* @__PURE__ */ Object.keys(DC_VOCABULARY) as DcLanguage[];

export function isDcLanguage(code: string): code is DcLanguage {
  return (DC_LANGUAGES as readonly string[]).includes(code);
}

/** The reference shell's Not Ready reasons, labelled in `language`; the ids are the same in all. */
export function notReadyReasonsIn(language: DcLanguage): NotReadyReason[] {
  return Object.entries(DC_VOCABULARY[language].notReadyReasons).map(([id, label]) => ({ id, label }));
}
