import { type ApplicationConfig, type Provider, provideZonelessChangeDetection } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';
import type { ConsoleConfig } from '@shared/contracts/omni-props';
import type { PropsCheck } from '@shared/contracts/omni-props.schema';
import { provideBridgeIframe } from './console-link/bridge-iframe/provide-bridge-iframe';
import { provideConsoleLink } from './console-link/console-link';
import { provideOpenCti } from './console-link/open-cti/provide-open-cti';
import * as consoleLinkEffects from './console-link/state/console-link.effects';
import { consoleLinkFeature } from './console-link/state/console-link.feature';
import * as consoleEventsEffects from './console-events.effects';
import * as dcSessionEffects from './dc-session/state/dc-session.effects';
import { dcSessionFeature } from './dc-session/state/dc-session.feature';
import { PRESENCE_STORE_CONFIG } from './presence/state/presence.config';
import { presenceFeature } from './presence/state/presence.feature';
import * as syncEffects from './presence/state/sync.effects';
import * as workItemsEffects from './work-items/state/work-items.effects';
import { WORK_ITEMS_STORE_CONFIG } from './work-items/state/work-items.config';
import { workItemsFeature } from './work-items/state/work-items.feature';
import * as linkHistoryEffects from './diagnostics/link-history.effects';
import { buildLocale } from './i18n/build-locale';
import { OMNI_PROPS, OMNI_PROPS_PROBLEMS } from './props/omni-props.token';
import { checkPropsLocale } from './props/props-locale';

/**
 * Providers for one mount. With props that break the contract (or name another language than
 * this build's), nothing that would talk to the shell or the console is started: the root
 * component only explains what is wrong.
 */
export function appConfig(props: PropsCheck): ApplicationConfig {
  const check = checkPropsLocale(props, buildLocale());
  if (!check.ok) {
    return {
      providers: [provideZonelessChangeDetection(), { provide: OMNI_PROPS_PROBLEMS, useValue: check.problems }],
    };
  }
  return {
    providers: [
      provideZonelessChangeDetection(),
      { provide: OMNI_PROPS, useValue: check.props },
      // The console's transport, as the shell's configuration says: only the chosen one runs.
      consoleTransport(check.props.console, check.domElement),
      provideConsoleLink(),
      provideStore(),
      provideState(dcSessionFeature),
      provideState(consoleLinkFeature),
      provideState(presenceFeature.name, presenceFeature.reducer, PRESENCE_STORE_CONFIG),
      provideState(workItemsFeature.name, workItemsFeature.reducer, WORK_ITEMS_STORE_CONFIG),
      provideEffects(
        dcSessionEffects,
        consoleLinkEffects,
        consoleEventsEffects,
        syncEffects,
        workItemsEffects,
        linkHistoryEffects,
      ),
    ],
  };
}

function consoleTransport(config: ConsoleConfig, mountElement: HTMLElement | undefined): Provider {
  return config.transport === 'open-cti' ? provideOpenCti(config) : provideBridgeIframe(config, mountElement);
}
