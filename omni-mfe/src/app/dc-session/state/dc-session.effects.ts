import { inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { map } from 'rxjs';
import { fromSubscribable } from '../../props/from-subscribable';
import { OMNI_PROPS } from '../../props/omni-props.token';
import { DcShellActions } from './dc-session.actions';

/** Mirrors the shell's DC session into the store for as long as the application lives. */
export const mirrorDcSession = createEffect(
  (props = inject(OMNI_PROPS)) =>
    fromSubscribable(props.dcSession$).pipe(
      map((session) => DcShellActions.sessionChanged({ session, at: Date.now() })),
    ),
  { functional: true },
);
