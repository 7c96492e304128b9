import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import type { LogoutReason } from '@shared/protocol/events.schema';
import { selectConsoleConnection } from '../console-link/console-connection';
import { presenceFeature } from './state/presence.feature';
import { selectOmniPresence } from './state/presence.selectors';

/** Why Salesforce logged the agent out of Omni-Channel (Lightning's omniChannelLogout reasons), in words. */
const LOGOUT_WORDS: Readonly<Record<LogoutReason, string>> = {
  DuplicateLogin: $localize`:logout reason:you were logged out because you logged in to Omni-Channel somewhere else.`,
  DuplicateLoginInSameBrowser: $localize`:logout reason:you were logged out because Omni-Channel was opened in another tab of this browser.`,
  MaintenanceLogout: $localize`:logout reason:Salesforce logged you out for maintenance; log in again once it is over.`,
  OmniSupervisorLogout: $localize`:logout reason:a supervisor logged you out of Omni-Channel.`,
};

/** The agent's Omni-Channel presence and the state of the link to the console. */
@Component({
  selector: 'omni-presence-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="presence" role="status" aria-label="Omni-Channel presence" i18n-aria-label>
      <span class="dot" [attr.data-online]="online() ? '' : null" aria-hidden="true"></span>{{ presenceText() }}
    </p>
    <p
      class="connection"
      [attr.data-problem]="connection().problem ? '' : null"
      role="status"
      aria-label="Console connection"
      i18n-aria-label
    >
      {{ connection().text }}
    </p>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: baseline;
    }
    p {
      margin: 0;
    }
    .dot {
      display: inline-block;
      width: 0.6rem;
      height: 0.6rem;
      border-radius: 50%;
      background: #747474;
      margin-right: 0.35rem;
    }
    .dot[data-online] {
      background: #2e844a;
    }
    .connection {
      color: #444;
      font-size: 0.9em;
    }
    .connection[data-problem] {
      color: #8e030f;
    }
  `,
})
export class PresenceIndicator {
  private readonly store = inject(Store);
  private readonly presence = this.store.selectSignal(presenceFeature.selectPresenceState);
  /** What the console link says of itself (console-link/console-connection.ts). */
  protected readonly connection = this.store.selectSignal(selectConsoleConnection);

  private readonly omni = this.store.selectSignal(selectOmniPresence);

  protected readonly online = computed(() => (this.omni().status?.channels.length ?? 0) > 0);
  protected readonly presenceText = computed(() => {
    const { loggedIn: omniLoggedIn, status: omniStatus } = this.omni();
    if (omniLoggedIn === null) return $localize`:presence before the console was read:Omni-Channel: unknown`;
    // The status name is the org's own word; only Offline is ours.
    if (omniLoggedIn && omniStatus)
      return $localize`:presence; the status name comes from the org:Omni-Channel: ${omniStatus.statusName}:status:`;
    const reason = this.presence().logoutReason;
    return reason
      ? $localize`:presence after Salesforce logged the agent out, with why:Omni-Channel: Offline — ${LOGOUT_WORDS[reason]}:why:`
      : $localize`:presence:Omni-Channel: Offline`;
  });
}
