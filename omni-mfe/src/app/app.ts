import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { DcSessionView } from './dc-session/dc-session-view';
import { PresenceIndicator } from './presence/presence-indicator';
import { SyncStatus } from './presence/sync-status';
import { OmniLauncher } from './work-items/omni-launcher';
import { ReasonCodeDialog } from './work-items/reason-code-dialog';
import { WorkItemPanel } from './work-items/work-item-panel';
import { OMNI_PROPS_PROBLEMS } from './props/omni-props.token';

/** The root of omni-mfe: the module itself, or why it could not start. */
@Component({
  selector: 'omni-root',
  imports: [DcSessionView, PresenceIndicator, SyncStatus, OmniLauncher, WorkItemPanel, ReasonCodeDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problems; as problems) {
      <div class="omni-error" role="alert">
        <p>{{ cannotStart }}</p>
        <ul>
          @for (problem of problems; track $index) {
            <li>{{ problem }}</li>
          }
        </ul>
      </div>
    } @else {
      <div class="bar">
        <omni-launcher />
        <omni-dc-session-view />
      </div>
      <omni-presence-indicator />
      <omni-sync-status />
      <omni-work-item-panel />
      <omni-reason-code-dialog />
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      font: inherit;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .omni-error {
      border: 1px solid #ba0517;
      border-radius: 4px;
      padding: 0.5rem 0.75rem;
      color: #8e030f;
      background: #fef1ee;
    }
  `,
})
export class App {
  protected readonly problems = inject(OMNI_PROPS_PROBLEMS, { optional: true });
  protected readonly cannotStart = $localize`:shown when the shell's props break the contract; the problems follow:Omni-Channel cannot start: the Desktop Connect shell passed settings this version does not understand.`;
}
