import { consoleKindOf, otherConsoleLink } from './console-switch';

describe('the switch between the Classic and the Lightning console', () => {
  it('reads the mode from ?console=lightning only', () => {
    expect(consoleKindOf('')).toBe('classic');
    expect(consoleKindOf('?console=lightning')).toBe('lightning');
    expect(consoleKindOf('?console=classic')).toBe('classic');
  });

  it('links to the other console and keeps ?dc=', () => {
    expect(otherConsoleLink('classic', '')).toEqual({ text: 'Lightning console', href: '/?console=lightning' });
    expect(otherConsoleLink('lightning', '?console=lightning')).toEqual({ text: 'Classic console', href: '/' });
    const dc = encodeURIComponent('http://127.0.0.1:4210/');
    expect(otherConsoleLink('lightning', `?dc=${dc}&console=lightning`).href).toBe(`/?dc=${dc}`);
  });
});
