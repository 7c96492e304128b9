import type { PropsCheck } from '@shared/contracts/omni-props.schema';

/** The language of a BCP 47 tag: `de` of `de-CH`. */
const language = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * The shell's `locale` (the agent's language) must be this build's language: the shell chooses
 * omni-mfe's build by it (the manifest's `omniMfe.locales`), so a mismatch means the manifest
 * points that language at another language's build, and the agent would read the wrong one.
 * Refused like any other props problem; a shell that passes no locale is not checked.
 */
export function checkPropsLocale(check: PropsCheck, buildLocale: string): PropsCheck {
  if (!check.ok || check.props.locale === undefined) return check;
  const asked = language(check.props.locale);
  if (asked === language(buildLocale)) return check;
  return {
    ok: false,
    problems: [
      `locale is "${check.props.locale}", but this omni-mfe build is in "${buildLocale}": the shell loaded another language's build. Point the manifest's omniMfe.locales.${asked} at omni-mfe's ${asked}/remoteEntry.js.`,
    ],
  };
}
