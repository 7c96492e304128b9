import { inject, InjectionToken } from '@angular/core';
import { checkDeclineReasons, type DeclineReasonsCheck } from '@shared/contracts/decline-reasons';
import { OMNI_PROPS } from '../props/omni-props.token';

/**
 * The shell's decline reason codes, checked once per mount. The problem is told in the agent's
 * language; what exactly is invalid stays as the check words it, for the administrator.
 */
export const DECLINE_REASONS = new InjectionToken<DeclineReasonsCheck>('DECLINE_REASONS', {
  factory: () => {
    const check = checkDeclineReasons(inject(OMNI_PROPS).declineReasons);
    if (check.ok) return check;
    return {
      ok: false,
      problem:
        check.detail === undefined
          ? $localize`:decline unavailable:No decline reason codes are configured: Decline is unavailable until the shell provides some.`
          : $localize`:decline unavailable; the detail names the bad entry:The decline reason codes are invalid (${check.detail}:detail:): Decline is unavailable.`,
    };
  },
});
