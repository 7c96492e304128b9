import type { RemoteChoice } from '../remote/dc-manifest';
import { OVERRIDE_QUERY_PARAM, OVERRIDE_STORAGE_KEY } from '../remote/dc-manifest';
import { isSettingsRoute } from '../root-config/routes';

/**
 * The Settings view: where omni-mfe is loaded from, so a developer's forgotten override is
 * visible. Shown on `#/settings`, where omni-mfe is not mounted.
 */
export function mountSettingsView(host: HTMLElement, remote: RemoteChoice, win: Window = window): () => void {
  const doc = host.ownerDocument;
  const heading = doc.createElement('h2');
  heading.textContent = 'Settings';
  const remoteLine = doc.createElement('p');
  remoteLine.textContent = `Omni-Channel module: ${remote.url} (from the ${remote.source}).`;
  const hint = doc.createElement('p');
  hint.textContent = `Developers can load another build with ?${OVERRIDE_QUERY_PARAM}=URL or localStorage "${OVERRIDE_STORAGE_KEY}" when the manifest allows overrides.`;
  host.replaceChildren(heading, remoteLine, hint);

  const showForRoute = () => (host.hidden = !isSettingsRoute(win.location));
  showForRoute();
  win.addEventListener('hashchange', showForRoute);
  return () => {
    win.removeEventListener('hashchange', showForRoute);
    host.replaceChildren();
  };
}
