import { chooseDcUrl, openCtiAdapterUrl } from './dc-url';

describe("chooseDcUrl (the console's ?dc= parameter)", () => {
  const allowed = ['http://127.0.0.1:4200', 'http://127.0.0.1:4210'];

  it('frames the demo shell when ?dc= is absent or empty', () => {
    expect(chooseDcUrl(null, 'http://127.0.0.1:4200/', allowed)).toEqual({ url: 'http://127.0.0.1:4200/' });
    expect(chooseDcUrl('', 'http://127.0.0.1:4200/', allowed)).toEqual({ url: 'http://127.0.0.1:4200/' });
  });

  it('frames a URL of an allowed origin, path and query kept', () => {
    expect(chooseDcUrl('http://127.0.0.1:4210/shell/?x=1', 'http://127.0.0.1:4200/', allowed)).toEqual({
      url: 'http://127.0.0.1:4210/shell/?x=1',
    });
  });

  it('refuses another origin, naming it, the allowed ones and how to allow it', () => {
    const choice = chooseDcUrl('http://127.0.0.1:4299/', 'http://127.0.0.1:4200/', allowed);
    expect(choice).toEqual({
      refused:
        'Desktop Connect was not opened: http://127.0.0.1:4299 is not an allowed Desktop Connect origin (allowed: http://127.0.0.1:4200, http://127.0.0.1:4210). Start the demo with DEMO_EXTRA_DC_ORIGINS=http://127.0.0.1:4299 to allow it.',
    });
  });

  it('refuses what is not a URL, and script URLs', () => {
    expect('refused' in chooseDcUrl('127.0.0.1:4210', 'http://127.0.0.1:4200/', allowed) ? 'refused' : 'framed').toBe(
      'refused',
    );
    const script = chooseDcUrl('javascript:alert(1)', 'http://127.0.0.1:4200/', allowed);
    expect(script).toEqual(
      jasmine.objectContaining({ refused: jasmine.stringContaining('null is not an allowed Desktop Connect origin') }),
    );
  });
});

describe('openCtiAdapterUrl (the softphone URL as Open CTI frames it)', () => {
  it('leaves the adapter URL as it is in Classic', () => {
    expect(openCtiAdapterUrl('http://127.0.0.1:4200/?lang=de', 'classic', 'http://127.0.0.1:4300')).toBe(
      'http://127.0.0.1:4200/?lang=de',
    );
  });

  it("appends Lightning's parameters, keeping the adapter URL's own, and never ?console=", () => {
    const url = new URL(openCtiAdapterUrl('http://127.0.0.1:4200/?lang=de', 'lightning', 'http://127.0.0.1:4300'));
    expect(url.searchParams.get('lang')).toBe('de');
    expect(url.searchParams.get('mode')).toBe('Lightning');
    expect(url.searchParams.get('sfdcIframeOrigin')).toBe('http://127.0.0.1:4300');
    expect(url.searchParams.get('nonce')).toMatch(/^[0-9a-f]{32}$/);
    expect(url.searchParams.has('console')).toBeFalse();
  });
});
