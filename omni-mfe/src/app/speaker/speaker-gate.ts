import { inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { concatMap, filter, first, identity, map, take, type MonoTypeOperatorFunction } from 'rxjs';
import { OmniSpeaker } from './omni-speaker';
import { selectSessionElsewhere } from './state/speaker.feature';

/**
 * The one gate the writing effects put before their calls: a call goes out only from the speaker
 * (and not while its Omni-Channel session is in another tab); until the election has decided it
 * waits, in order, so that a write decided as the tab opens is neither lost nor sent twice.
 * Without a speaker (the effects' unit tests) everything goes out, as with one tab.
 * Call in an injection context (an effect's factory).
 */
export function speakerGate<T>(): MonoTypeOperatorFunction<T> {
  const speaker = inject(OmniSpeaker, { optional: true });
  if (!speaker) return identity;
  const store = inject(Store);
  const elsewhere = store.selectSignal(selectSessionElsewhere);
  return (source) =>
    source.pipe(
      concatMap((value) =>
        speaker.role$.pipe(
          first((role) => role !== 'undecided'),
          filter((role) => role === 'speaker' && !elsewhere()),
          map(() => value),
          take(1),
        ),
      ),
    );
}
