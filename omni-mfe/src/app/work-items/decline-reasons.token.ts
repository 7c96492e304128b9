import { inject, InjectionToken } from '@angular/core';
import { checkDeclineReasons, type DeclineReasonsCheck } from '@shared/contracts/decline-reasons';
import { OMNI_PROPS } from '../props/omni-props.token';

/** The shell's decline reason codes, checked once per mount. */
export const DECLINE_REASONS = new InjectionToken<DeclineReasonsCheck>('DECLINE_REASONS', {
  factory: () => checkDeclineReasons(inject(OMNI_PROPS).declineReasons),
});
