import { envelope } from '@shared/protocol/envelope';

/**
 * The origin of the window that framed this page, as the browser reports it:
 * `location.ancestorOrigins` where it exists (Chromium, Safari), else the referrer's origin
 * (Desktop Connect set the iframe's src, so it is the referrer). Null when neither tells.
 */
export function parentOrigin(win: Pick<Window, 'location' | 'document'>): string | null {
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && ancestors.length > 0) return ancestors[0];
  const referrer = win.document.referrer;
  return URL.canParse(referrer) ? new URL(referrer).origin : null;
}

const isExactOrigin = (s: string | null): s is string => !!s && URL.canParse(s) && new URL(s).origin === s;

/**
 * Where a refusal may go: only to the parent, at its exact origin, and only when the origin it
 * asked for (`dcOrigin`) is its own. A page that frames the bridge claiming some other origin
 * gets nothing either way, so nobody can probe which origins are allowed: an allowed one would
 * get a hello it cannot receive, a refused one a refusal it could.
 */
export function refusalTarget(requestedDcOrigin: string | null, framedBy: string | null): string | null {
  return isExactOrigin(requestedDcOrigin) && requestedDcOrigin === framedBy ? framedBy : null;
}

/**
 * Tells Desktop Connect that this bridge page does not allow its origin (it would otherwise wait
 * for a hello that never comes, and could only guess why). Returns the line for the page's log.
 */
export function refuseDcOrigin(win: Pick<Window, 'location' | 'document' | 'parent'>): string {
  const requested = new URLSearchParams(win.location.search).get('dcOrigin');
  // A page opened on its own is its own parent: there is no one to tell.
  const target = win.parent !== win ? refusalTarget(requested, parentOrigin(win)) : null;
  if (target) win.parent.postMessage(envelope.refused(), target);
  const named = requested === null ? 'none (no dcOrigin in the URL)' : JSON.stringify(requested.slice(0, 100));
  return `The Desktop Connect origin ${named} is not in this bridge page's allowedDcOrigins; ${
    target ? 'Desktop Connect was told so' : 'it stays silent'
  }.`;
}
