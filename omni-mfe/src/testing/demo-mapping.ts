import { checkOmniMapping, type OmniMapping } from '@shared/mapping/omni-mapping';
import shipped from '../../../shell/public/omni-mapping.json';

/**
 * The Omni-Channel Mappings the demo ships, for omni-mfe's sync tests: they judge the file that
 * ships, not a copy of it. Its one home is the demo deployment's configuration,
 * shell/public/omni-mapping.json (served beside the manifest, checked by config:check, read by the
 * e2e suites); test code only reads it, and shared/ does not.
 */
export const DEMO_MAPPING_CONFIG: Readonly<Record<string, unknown>> = shipped;

/** The demo mapping, checked, with top-level entries replaced for a test. */
export function demoMapping(overrides: Record<string, unknown> = {}): OmniMapping {
  const check = checkOmniMapping({ ...DEMO_MAPPING_CONFIG, ...overrides });
  if (!check.ok) throw new Error(check.problems.join('\n'));
  return check.mapping;
}
