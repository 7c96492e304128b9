import { envelope } from '@shared/protocol/envelope';
import { parentOrigin, refuseDcOrigin, refusalTarget } from './refusal';

const DC = 'http://127.0.0.1:4210';

describe('the bridge page refusing a Desktop Connect origin', () => {
  /** A bridge page's window: framed by `framedBy` (as the browser reports it), asked for `dcOrigin`. */
  function bridgeWindow(options: { dcOrigin?: string; ancestors?: string[]; referrer?: string; framed?: boolean }) {
    const posted: [unknown, string][] = [];
    const parent = { postMessage: (message: unknown, origin: string) => posted.push([message, origin]) };
    const search = options.dcOrigin === undefined ? '' : `?dcOrigin=${encodeURIComponent(options.dcOrigin)}`;
    const win = {
      location: { search, ancestorOrigins: options.ancestors },
      document: { referrer: options.referrer ?? '' },
      parent: parent as unknown as Window,
    };
    if (options.framed === false) win.parent = win as unknown as Window;
    return { win: win as unknown as Window, posted };
  }

  it('tells its parent, at the parent’s exact origin, that this origin is not allowed, and nothing more', () => {
    const { win, posted } = bridgeWindow({ dcOrigin: DC, ancestors: [DC, 'http://127.0.0.1:4300'] });
    expect(refuseDcOrigin(win)).toBe(
      `The Desktop Connect origin "${DC}" is not in this bridge page's allowedDcOrigins; Desktop Connect was told so.`,
    );
    expect(posted).toEqual([[envelope.refused(), DC]]);
    expect(envelope.refused().payload).toEqual({ reason: 'dc-origin-not-allowed' });
  });

  it('finds the parent by its referrer where the browser has no ancestorOrigins', () => {
    const { win, posted } = bridgeWindow({ dcOrigin: DC, referrer: `${DC}/softphone?agent=1` });
    refuseDcOrigin(win);
    expect(posted).toEqual([[envelope.refused(), DC]]);
  });

  it('stays silent to a parent that claims another origin, so nobody can probe which ones are allowed', () => {
    const { win, posted } = bridgeWindow({ dcOrigin: 'https://dc.example.com', ancestors: ['https://evil.example'] });
    expect(refuseDcOrigin(win)).toBe(
      `The Desktop Connect origin "https://dc.example.com" is not in this bridge page's allowedDcOrigins; it stays silent.`,
    );
    expect(posted).toEqual([]);
  });

  it('stays silent when it cannot tell who framed it, when nobody did, or when no origin was asked for', () => {
    const cases = [
      bridgeWindow({ dcOrigin: DC }),
      bridgeWindow({ dcOrigin: DC, ancestors: [DC], framed: false }),
      bridgeWindow({ ancestors: [DC] }),
    ];
    expect(refuseDcOrigin(cases[2].win)).toContain('none (no dcOrigin in the URL)');
    for (const { win, posted } of cases) {
      refuseDcOrigin(win);
      expect(posted).toEqual([]);
    }
  });

  it('answers only exact origins, never a path, a pattern or "null"', () => {
    expect(refusalTarget(DC, DC)).toBe(DC);
    expect(refusalTarget(`${DC}/`, `${DC}/`)).toBeNull();
    expect(refusalTarget('*', '*')).toBeNull();
    expect(refusalTarget('null', 'null')).toBeNull();
    expect(refusalTarget(null, DC)).toBeNull();
    expect(parentOrigin(bridgeWindow({ referrer: 'not a url' }).win)).toBeNull();
  });
});
