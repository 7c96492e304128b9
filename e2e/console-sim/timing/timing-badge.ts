import type { ConsoleSimulatorTimingControl } from '../control-timing';
import { h } from '../page/dom';
import type { DeliveryScheduler } from './delivery-scheduler';
import { timingText } from './timing-query';

/**
 * The header's status "Console timing": shows the adverse profile and its seed (hidden while
 * calm), and the control API's `setTiming` / `timing`, which keep it up to date.
 */
export function timingControl(scheduler: DeliveryScheduler, header: HTMLElement): ConsoleSimulatorTimingControl {
  const badge = h('p', { role: 'status', 'aria-label': 'Console timing', class: 'timing-badge' });
  header.append(badge);
  const show = () => {
    badge.textContent = timingText(scheduler.timing);
    badge.hidden = scheduler.timing.profile === 'calm';
  };
  show();
  return {
    setTiming: (profile, seed) => {
      if (profile !== 'calm' && profile !== 'adverse') throw new Error('The timing is "calm" or "adverse".');
      if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32))
        throw new Error('A seed is a whole number from 0 to 2^32 - 1.');
      scheduler.setTiming(profile, seed);
      show();
      if (profile === 'adverse') console.info(timingText(scheduler.timing));
    },
    timing: () => ({ ...scheduler.timing }),
  };
}
