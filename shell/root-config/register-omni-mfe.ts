import { addErrorHandler, registerApplication, type LifeCycles } from 'single-spa';
import type { OmniMfeProps } from '@shared/contracts/omni-props';
import type { RemoteChoice } from '../remote/dc-manifest';
import type { ShellMessages } from '../i18n/shell-messages';
import type { OmniRegion } from './omni-region';
import { isSettingsRoute } from './routes';

export const OMNI_APP_NAME = 'omni-mfe';

/** omni-mfe is shown on every view of the softphone but Settings. */
export function omniActive(location: Location): boolean {
  return !isSettingsRoute(location);
}

/**
 * Registers omni-mfe with single-spa. A remote that cannot be loaded or mounted leaves an
 * explanation in its region; the header and the rest of the shell carry on.
 */
export function registerOmniMfe(
  remote: RemoteChoice,
  region: OmniRegion,
  props: OmniMfeProps,
  loadLifecycles: () => Promise<LifeCycles<OmniMfeProps>>,
  t: ShellMessages,
): void {
  registerApplication<OmniMfeProps & { domElement: HTMLElement }>({
    name: OMNI_APP_NAME,
    app: () =>
      loadLifecycles().then(
        (lifecycles) => {
          region.clearError();
          return lifecycles;
        },
        (err: Error) => {
          region.showError(t.couldNotLoad(remote.url, remote.source, err.message));
          throw err;
        },
      ),
    activeWhen: omniActive,
    customProps: { ...props, domElement: region.container },
  });
  addErrorHandler((err) => {
    if (err.appOrParcelName !== OMNI_APP_NAME) return;
    console.error(err);
    if (!/LOAD_ERROR|LOADING_SOURCE_CODE/.test(err.message)) {
      region.showError(t.stopped(err.message));
    }
  });
}
