import shipped from '../../../shell/public/omni-mapping.json';
import { checkOmniMapping, type OmniMapping } from '../omni-mapping';

/**
 * The Omni-Channel Mappings the demo ships (shell/public/omni-mapping.json), for tests: they
 * judge the file that ships, not a copy of it. (Test code only: product code in shared/ never
 * reads the shell's files.)
 */
export const DEMO_MAPPING_CONFIG: Readonly<Record<string, unknown>> = shipped;

/** The demo mapping, checked, with top-level entries replaced for a test. */
export function demoMapping(overrides: Record<string, unknown> = {}): OmniMapping {
  const check = checkOmniMapping({ ...DEMO_MAPPING_CONFIG, ...overrides });
  if (!check.ok) throw new Error(check.problems.join('\n'));
  return check.mapping;
}
