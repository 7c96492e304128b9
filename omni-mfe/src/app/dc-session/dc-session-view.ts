import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { dcStateLabel } from '@shared/dc-state/dc-state';
import { DC_KIND_LABELS } from './dc-kind-labels';
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
  protected readonly session = inject(Store).selectSignal(dcSessionFeature.selectDcSessionState);
  protected readonly stateText = computed(
    () =>
      $localize`:the agent's DC state:DC state: ${dcStateLabel(this.session().state, this.reasons, DC_KIND_LABELS)}:state:`,
  );
  protected readonly logInFirst = $localize`Log in to Desktop Connect to use Omni-Channel.`;
}
