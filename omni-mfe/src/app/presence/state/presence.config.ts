import { inject, InjectionToken } from '@angular/core';
import type { StoreConfig } from '@ngrx/store';
import { checkMappingAgainstReasons, checkOmniMapping, type MappingCheck } from '@shared/mapping/omni-mapping';
import { OMNI_PROPS } from '../../props/omni-props.token';
import { initialPresenceState, type PresenceState } from './presence.feature';

/**
 * The presence slice starts with the shell's Omni-Channel Mappings already checked, so that the
 * very first DC session and console read are judged by them (an effect would come too late).
 */
export const PRESENCE_STORE_CONFIG = new InjectionToken<StoreConfig<PresenceState>>('PRESENCE_STORE_CONFIG', {
  factory: () => {
    const props = inject(OMNI_PROPS);
    return { initialState: initialPresenceState(checkMapping(props.omniMapping, props.notReadyReasons)) };
  },
});

/** The mapping on its own, then against the shell's reason ids (a reason it does not offer turns sync off). */
function checkMapping(raw: unknown, reasons: readonly { readonly id: string }[]): MappingCheck {
  const check = checkOmniMapping(raw);
  if (!check.ok) return check;
  const problems = checkMappingAgainstReasons(check.mapping, reasons);
  return problems.length ? { ok: false, problems } : check;
}
