import { InjectionToken } from '@angular/core';
import type { OmniMfeProps } from '@shared/contracts/omni-props';

/** The shell's custom props, checked against the contract before the application starts. */
export const OMNI_PROPS = new InjectionToken<OmniMfeProps>('OMNI_PROPS');

/** Why the props were refused; provided instead of OMNI_PROPS when the contract is not met. */
export const OMNI_PROPS_PROBLEMS = new InjectionToken<readonly string[]>('OMNI_PROPS_PROBLEMS');
