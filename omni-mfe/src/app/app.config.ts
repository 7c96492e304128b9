import { type ApplicationConfig, provideZonelessChangeDetection } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';
import type { PropsCheck } from '@shared/contracts/omni-props.schema';
import * as connectionEffects from './connection/state/connection.effects';
import { connectionFeature } from './connection/state/connection.feature';
import { provideBridgeHost } from './console-bridge/bridge-host';
import { ConsoleBridge } from './console-bridge/console-bridge';
import * as dcSessionEffects from './dc-session/state/dc-session.effects';
import { dcSessionFeature } from './dc-session/state/dc-session.feature';
import { PRESENCE_STORE_CONFIG } from './presence/state/presence.config';
import { presenceFeature } from './presence/state/presence.feature';
import * as syncEffects from './presence/state/sync.effects';
import * as workItemsEffects from './work-items/state/work-items.effects';
import { workItemsFeature } from './work-items/state/work-items.feature';
import { OMNI_PROPS, OMNI_PROPS_PROBLEMS } from './props/omni-props.token';

/**
 * Providers for one mount. With props that break the contract, nothing that would talk to the
 * shell or the console is started: the root component only explains what is wrong.
 */
export function appConfig(check: PropsCheck, mountElement?: HTMLElement): ApplicationConfig {
  if (!check.ok) {
    return { providers: [provideZonelessChangeDetection(), { provide: OMNI_PROPS_PROBLEMS, useValue: check.problems }] };
  }
  return {
    providers: [
      provideZonelessChangeDetection(),
      { provide: OMNI_PROPS, useValue: check.props },
      provideBridgeHost(mountElement),
      ConsoleBridge,
      provideStore(),
      provideState(dcSessionFeature),
      provideState(connectionFeature),
      provideState(presenceFeature.name, presenceFeature.reducer, PRESENCE_STORE_CONFIG),
      provideState(workItemsFeature),
      provideEffects(dcSessionEffects, connectionEffects, syncEffects, workItemsEffects),
    ],
  };
}
