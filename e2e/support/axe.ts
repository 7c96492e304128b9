import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe violations inside the Desktop Connect frame (or page), limited to `selectors` when given. */
export async function axeViolations(
  page: Page,
  frameSelector: string | null,
  selectors: string[] = [],
): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const s of selectors) builder = builder.include(frameSelector ? [frameSelector, s] : s);
  const { violations, passes } = await builder.analyze();
  // An include that matched nothing would pass vacuously.
  if (passes.length === 0) throw new Error(`axe examined nothing for ${selectors.join(', ')}`);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
