import type { DcStateKind } from '@shared/dc-state/dc-state';

/**
 * The DC states' names in this build's language, as the shell's header shows them (the shell has
 * its own table; the Not Ready reasons' labels come from the shell in the props).
 */
export const DC_KIND_LABELS: Readonly<Record<DcStateKind, string>> = {
  ready: $localize`:DC state:Ready`,
  'not-ready': $localize`:DC state:Not Ready`,
  'on-call': $localize`:DC state:On Call`,
  'wrap-up': $localize`:DC state:Wrap-up`,
  'logged-out': $localize`:DC state:Logged out`,
};
