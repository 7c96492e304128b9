import { inject, InjectionToken } from '@angular/core';
import type { StoreConfig } from '@ngrx/store';
import { checkOmniMapping } from '@shared/mapping/omni-mapping';
import { OMNI_PROPS } from '../../props/omni-props.token';
import { initialPresenceState, type PresenceState } from './presence.feature';

/**
 * The presence slice starts with the shell's Omni-Channel Mappings already checked, so that the
 * very first DC session and console read are judged by them (an effect would come too late).
 */
export const PRESENCE_STORE_CONFIG = new InjectionToken<StoreConfig<PresenceState>>('PRESENCE_STORE_CONFIG', {
  factory: () => ({ initialState: initialPresenceState(checkOmniMapping(inject(OMNI_PROPS).omniMapping)) }),
});
