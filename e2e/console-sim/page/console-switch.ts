import type { ConsoleKind } from '../control-api';

/** `/?console=lightning` is the Lightning console; anything else is Classic (`/`). */
export function consoleKindOf(search: string): ConsoleKind {
  return new URLSearchParams(search).get('console') === 'lightning' ? 'lightning' : 'classic';
}

/**
 * The link to the other console, keeping the rest of the query (`?dc=` frames the same Desktop
 * Connect in both).
 */
export function otherConsoleLink(kind: ConsoleKind, search: string): { text: string; href: string } {
  const params = new URLSearchParams(search);
  if (kind === 'lightning') params.delete('console');
  else params.set('console', 'lightning');
  const query = params.toString();
  return {
    text: kind === 'lightning' ? 'Classic console' : 'Lightning console',
    href: `/${query ? `?${query}` : ''}`,
  };
}
