import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { META_REDUCERS, provideState } from '@ngrx/store';
import { OmniSpeaker } from './omni-speaker';
import * as speakerEffects from './state/speaker.effects';
import { mirrorMetaReducer, speakerFeature } from './state/speaker.feature';

/** One speaker among the omni-mfes of the agent's console tabs (omni-speaker.ts; docs/SEVERAL-TABS.md). */
export function provideSpeaker(): EnvironmentProviders {
  return makeEnvironmentProviders([
    OmniSpeaker,
    { provide: META_REDUCERS, useValue: mirrorMetaReducer, multi: true },
    provideState(speakerFeature),
    provideEffects(speakerEffects),
  ]);
}
