import { omniActive } from './register-omni-mfe';
import { omniRegion } from './omni-region';

describe('omni-mfe region', () => {
  it('keeps the error beside the container, so a mount never wipes the explanation', () => {
    const host = document.createElement('section');
    const region = omniRegion(host);
    region.showError('Omni-Channel could not be loaded.');
    region.container.innerHTML = '<omni-root></omni-root>';
    const alert = host.querySelector('[role=alert]') as HTMLElement;
    expect(alert.hidden).toBeFalse();
    expect(alert.textContent).toBe('Omni-Channel could not be loaded.');
    region.clearError();
    expect(alert.hidden).toBeTrue();
  });

  it('is active on every view but Settings', () => {
    expect(omniActive({ hash: '' } as Location)).toBeTrue();
    expect(omniActive({ hash: '#/' } as Location)).toBeTrue();
    expect(omniActive({ hash: '#/settings' } as Location)).toBeFalse();
  });
});
