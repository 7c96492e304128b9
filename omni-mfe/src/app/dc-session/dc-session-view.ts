import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { dcStateLabel } from '@shared/dc-state/dc-state';
import { BUILD_LOCALE } from '../i18n/build-locale';
import { dcWordsFor } from '../i18n/dc-words';
import { OMNI_PROPS } from '../props/omni-props.token';
import { dcSessionFeature } from './state/dc-session.feature';

/** Shows whom omni-mfe is working for and the DC state it keeps Omni-Channel in step with. */
@Component({
  selector: 'omni-dc-session-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="session" aria-label="Omni-Channel for Desktop Connect" i18n-aria-label>
      @if (session().loggedIn) {
        <p>
          <span class="agent">{{ session().agent?.name }}</span>
          <span class="state">{{ stateText() }}</span>
        </p>
      } @else {
        <p>{{ logInFirst }}</p>
      }
    </section>
  `,
  styles: `
    .session p {
      margin: 0;
      display: flex;
      gap: 1rem;
      align-items: baseline;
    }
    .agent {
      font-weight: 600;
    }
  `,
})
export class DcSessionView {
  private readonly reasons = inject(OMNI_PROPS).notReadyReasons;
  /** The kinds' names in this build's language; the reasons' labels are the shell's. */
  private readonly kinds = dcWordsFor(inject(BUILD_LOCALE)).kinds;
  protected readonly session = inject(Store).selectSignal(dcSessionFeature.selectDcSessionState);
  protected readonly stateText = computed(
    () =>
      $localize`:the agent's DC state:DC state: ${dcStateLabel(this.session().state, this.reasons, this.kinds)}:state:`,
  );
  protected readonly logInFirst = $localize`Log in to Desktop Connect to use Omni-Channel.`;
}
