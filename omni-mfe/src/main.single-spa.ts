/**
 * omni-mfe's single-spa lifecycles, the only module the remote exposes (`./lifecycles`).
 * Thin on purpose: it checks the shell's props and wires Angular to single-spa, nothing more.
 */
import { bootstrapApplication, platformBrowser } from '@angular/platform-browser';
import { singleSpaAngular } from 'single-spa-angular';
import type { AppProps } from 'single-spa';
import { checkOmniProps } from '@shared/contracts/omni-props.schema';
import { App } from './app/app';
import { appConfig } from './app/app.config';

type LifecycleProps = AppProps & { domElement?: HTMLElement };

const lifecycles = singleSpaAngular<LifecycleProps>({
  bootstrapFunction: (props) =>
    bootstrapApplication(App, appConfig(checkOmniProps(props)), { platformRef: platformBrowser() }),
  template: '<omni-root />',
  // Zoneless: the shell may host other frameworks, and no zone.js is loaded at all.
  NgZone: 'noop',
});

export const bootstrap = lifecycles.bootstrap;
export const mount = lifecycles.mount;
/** Destroys the application (store, effects, listeners), then leaves the shell's element empty. */
export const unmount = [lifecycles.unmount, clearContainer];

// Not async: the build turns an async function into a generator and its runner.
function clearContainer(props: LifecycleProps): Promise<void> {
  props.domElement?.replaceChildren();
  return Promise.resolve();
}
