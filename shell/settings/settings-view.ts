import type { RemoteChoice } from '../remote/dc-manifest';
import { OVERRIDE_QUERY_PARAM, OVERRIDE_STORAGE_KEY } from '../remote/dc-manifest';
import { isSettingsRoute } from '../root-config/routes';
import type { ShellMessages } from '../i18n/shell-messages';

/**
 * The Settings view: where omni-mfe is loaded from, so a developer's forgotten override is
 * visible. Shown on `#/settings`, where omni-mfe is not mounted.
 */
export function mountSettingsView(
  host: HTMLElement,
  remote: RemoteChoice,
  t: ShellMessages,
  win: Window = window,
): () => void {
  const doc = host.ownerDocument;
  const heading = doc.createElement('h2');
  heading.textContent = t.settingsHeading;
  const remoteLine = doc.createElement('p');
  remoteLine.textContent = t.moduleSource(remote.url, remote.source);
  const hint = doc.createElement('p');
  hint.textContent = t.overrideHint(OVERRIDE_QUERY_PARAM, OVERRIDE_STORAGE_KEY);
  host.replaceChildren(heading, remoteLine, hint);

  const showForRoute = () => (host.hidden = !isSettingsRoute(win.location));
  showForRoute();
  win.addEventListener('hashchange', showForRoute);
  return () => {
    win.removeEventListener('hashchange', showForRoute);
    host.replaceChildren();
  };
}
