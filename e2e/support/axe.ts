import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe violations inside the Desktop Connect frame (or page), limited to `selectors` when given.
 * @axe-core/playwright gives itself 1 s to inject axe into each child frame and silently skips a
 * frame that takes longer (it does on a loaded 2-core machine), which would pass vacuously: a run
 * that examined nothing is repeated, and a third such run is an error.
 */
export async function axeViolations(
  page: Page,
  frameSelector: string | null,
  selectors: string[] = [],
): Promise<string[]> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    for (const s of selectors) builder = builder.include(frameSelector ? [frameSelector, s] : s);
    const { violations, passes } = await builder.analyze();
    if (passes.length > 0)
      return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
  throw new Error(`axe examined nothing for ${selectors.join(', ')} in three runs`);
}
