import { inject, InjectionToken } from '@angular/core';
import { OMNI_PROPS } from '../../props/omni-props.token';

/**
 * Whether the console has work-item flags: Lightning's toolkit does (raiseAgentWorkFlag), the
 * Classic console's does not, so with the bridge iframe (Classic) no flag control is shown.
 */
export const WORK_FLAGS_AVAILABLE = new InjectionToken<boolean>('WORK_FLAGS_AVAILABLE', {
  factory: () => inject(OMNI_PROPS, { optional: true })?.console.transport === 'open-cti',
});
