import { start, type LifeCycles } from 'single-spa';
import { OMNI_PROPS_CONTRACT_VERSION, type ConsoleConfig, type OmniMfeProps } from '@shared/contracts/omni-props';
import { consoleConfigFor } from './console/console-config';
import { notReadyReasonsIn } from '@shared/dc-state/dc-vocabulary';
import { manifestQuery } from './console/console-kind';
import { DcSessionStore } from './dc-session/dc-session-store';
import { mountDcHeader } from './header/dc-header';
import { chooseAgentLocale } from './i18n/agent-locale';
import { localizeLayout, mountLanguageChoice } from './i18n/language-choice';
import { SHELL_MESSAGES } from './i18n/shell-messages';
import { chooseOmniRemote, loadDcManifest, loadOmniConfig, manifestFileFor } from './remote/dc-manifest';
import { loadRemoteModule } from './remote/load-remote-module';
import { omniRegion } from './root-config/omni-region';
import { registerOmniMfe } from './root-config/register-omni-mfe';
import { mountSettingsView } from './settings/settings-view';

/** The Desktop Connect root config: layout elements come from index.html, the rest is wired here. */
async function startDesktopConnect(): Promise<void> {
  const byId = (id: string) => {
    const found = document.getElementById(id);
    if (!found) throw new Error(`index.html has no #${id}`);
    return found;
  };
  const locale = chooseAgentLocale(location.search, safeLocalStorage());
  const t = SHELL_MESSAGES[locale];
  localizeLayout(document, locale, t);
  mountLanguageChoice(byId('dc-language'), locale, location.href);
  // The reasons' ids are what mappings and the console see; only their labels are translated.
  const reasons = notReadyReasonsIn(locale);
  const session = new DcSessionStore(reasons);
  mountDcHeader(byId('dc-header-controls'), session, reasons, t);
  const region = omniRegion(byId('omni-region'));

  let manifest;
  let manifestUrl = '';
  try {
    // What Open CTI appended to the adapter URL says which console framed us; else ?console=.
    manifestUrl = new URL(manifestFileFor(manifestQuery(location.search)), document.baseURI).href;
    manifest = await loadDcManifest(manifestUrl);
  } catch (err) {
    region.showError(t.notConfigured((err as Error).message));
    return;
  }
  let remote;
  try {
    remote = chooseOmniRemote(manifest, location.search, safeLocalStorage(), locale);
  } catch (err) {
    region.showError(t.notConfigured(`${manifestUrl}: ${(err as Error).message}`));
    return;
  }
  mountSettingsView(byId('dc-settings'), remote, t);

  let consoleConfig: ConsoleConfig;
  try {
    consoleConfig = await consoleConfigFor(manifest.console);
  } catch (err) {
    region.showError(t.consoleUnreachable((err as Error).message));
    return;
  }
  const props: OmniMfeProps = {
    contractVersion: OMNI_PROPS_CONTRACT_VERSION,
    dcSession$: session.session$,
    setDcState: (state, reason) => session.setDcState(state, reason),
    console: consoleConfig,
    notReadyReasons: reasons,
    omniMapping: await loadOmniConfig(manifest.omniMappingUrl, manifestUrl),
    declineReasons: await loadOmniConfig(manifest.declineReasonsUrl, manifestUrl),
    locale,
  };
  const containerName = manifest.omniMfe.containerName;
  registerOmniMfe(
    remote,
    region,
    props,
    () => loadRemoteModule<LifeCycles<OmniMfeProps>>(remote.url, containerName, './lifecycles'),
    t,
  );
  start({ urlRerouteOnly: true });
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

void startDesktopConnect();
