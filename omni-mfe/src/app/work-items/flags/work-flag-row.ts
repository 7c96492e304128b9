import type { WorkFlag } from './work-flags';

/*
 * An accepted item's flag in the panel's row: what it shows (raised with its message, or lowered
 * by a supervisor) and its button (Raise flag, Lower flag). Drawn by the panel's own template,
 * for the reason work-item-row.ts gives; shown only where the console has flags.
 */

/** $localize rather than template i18n: see WorkItemPanel's `text`. */
export const FLAG_TEXT = {
  raise: $localize`:raises a flag on an accepted work item, asking a supervisor for help:Raise flag`,
  lower: $localize`:lowers the flag the agent raised on a work item:Lower flag`,
  lowered: $localize`:a work item's flag, after a supervisor lowered it:Flag lowered by a supervisor`,
} as const;

/** The flag in words: "Flagged: <message>", or who lowered it. */
export function flagText(flag: WorkFlag): string {
  if (flag.state === 'lowered-by-supervisor') return FLAG_TEXT.lowered;
  return flag.message === null
    ? $localize`:a work item's raised flag, without its message:Flagged`
    : $localize`:a work item's raised flag with the agent's message:Flagged: ${flag.message}:message:`;
}
