import { checkOmniMapping, type OmniMapping } from '@shared/mapping/omni-mapping';

/** The demo's mapping (shell/public/omni-mapping.json), with overrides for a test. */
export function mapping(overrides: Record<string, unknown> = {}): OmniMapping {
  const check = checkOmniMapping({
    version: 1,
    dcToOmni: { ready: 'Available', 'not-ready': 'Busy', 'not-ready:break': 'On_Break', 'not-ready:lunch': 'On_Break', 'on-call': 'On_Call', 'wrap-up': 'Busy' },
    omniToDc: { Available: 'ready', Available_Cases: 'ready', Busy: 'not-ready', On_Break: 'not-ready:break', On_Call: 'on-call' },
    onOmniLogout: 'not-ready',
    ...overrides,
  });
  if (!check.ok) throw new Error(check.problems.join('\n'));
  return check.mapping;
}
