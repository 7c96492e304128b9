import { DeliveryScheduler } from './delivery-scheduler';
import { timingControl } from './timing-badge';

describe('the status "Console timing" and the control API\'s setTiming / timing', () => {
  let header: HTMLElement;

  beforeEach(() => {
    header = document.createElement('header');
    document.body.append(header);
  });
  afterEach(() => header.remove());

  it('is hidden while calm, shows the seed under the adverse profile, and refuses bad values', () => {
    const scheduler = new DeliveryScheduler({ profile: 'calm', seed: 1 });
    const control = timingControl(scheduler, header);
    const badge = header.querySelector('[role="status"][aria-label="Console timing"]') as HTMLElement;
    expect(badge.hidden).toBeTrue();
    control.setTiming('adverse', 31337);
    expect(badge.hidden).toBeFalse();
    expect(badge.textContent).toBe('Timing: adverse, seed 31337 (replay: ?timing=adverse&seed=31337)');
    expect(control.timing()).toEqual({ profile: 'adverse', seed: 31337 });
    expect(scheduler.planAnswer()).toBeGreaterThanOrEqual(0);
    control.setTiming('calm');
    expect(badge.hidden).toBeTrue();
    expect(control.timing()).toEqual({ profile: 'calm', seed: 31337 });
    expect(() => control.setTiming('slow' as 'calm')).toThrowError(/calm" or "adverse/);
    expect(() => control.setTiming('adverse', -1)).toThrowError(/whole number/);
  });
});
