import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import type { LogoutReason } from '@shared/bridge/events.schema';
import { consoleLinkFeature, type ConsoleLinkState, type LinkStatus } from '../console-link/state/console-link.feature';
import { presenceFeature } from './state/presence.feature';

const CONNECTION_TEXT: Readonly<Record<Exclude<LinkStatus, 'read-failed'>, string>> = {
  connecting: 'Connecting to the Salesforce console…',
  reading: 'Reading the Salesforce console…',
  connected: 'Connected to the Salesforce console',
  reconnecting: 'Reconnecting to the Salesforce console…',
  failed: 'Cannot reach the Salesforce console; still retrying. Reload the console if this persists.',
  'console-mode-required': 'Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.',
};

/** Why Salesforce logged the agent out of Omni-Channel (Lightning's omniChannelLogout reasons), in words. */
const LOGOUT_WORDS: Readonly<Record<LogoutReason, string>> = {
  DuplicateLogin: 'you were logged out because you logged in to Omni-Channel somewhere else.',
  DuplicateLoginInSameBrowser: 'you were logged out because Omni-Channel was opened in another tab of this browser.',
  MaintenanceLogout: 'Salesforce logged you out for maintenance; log in again once it is over.',
  OmniSupervisorLogout: 'a supervisor logged you out of Omni-Channel.',
};

/** The agent's Omni-Channel presence and the state of the link to the console. */
@Component({
  selector: 'omni-presence-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="presence" role="status" aria-label="Omni-Channel presence">
      <span class="dot" [attr.data-online]="online() ? '' : null" aria-hidden="true"></span>{{ presenceText() }}
    </p>
    <p class="connection" [attr.data-problem]="problem() ? '' : null" role="status" aria-label="Console connection">
      {{ connectionText() }}
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
  private readonly link = this.store.selectSignal(consoleLinkFeature.selectConsoleLinkState);

  protected readonly online = computed(() => (this.presence().omniStatus?.channels.length ?? 0) > 0);
  protected readonly presenceText = computed(() => {
    const { omniLoggedIn, omniStatus } = this.presence();
    if (omniLoggedIn === null) return 'Omni-Channel: unknown';
    if (omniLoggedIn && omniStatus) return `Omni-Channel: ${omniStatus.statusName}`;
    const reason = this.presence().logoutReason;
    return reason ? `Omni-Channel: Offline — ${LOGOUT_WORDS[reason]}` : 'Omni-Channel: Offline';
  });
  protected readonly connectionText = computed(() => connectionText(this.link()));
  protected readonly problem = computed(() => this.link().status !== 'connected' || !!this.link().transportProblem);
}

/** The link in words; a failed read says why and that it is being retried; the transport's problem follows. */
const connectionText = (link: ConsoleLinkState): string => {
  const text = statusText(link);
  const problem = link.status === 'console-mode-required' ? null : link.transportProblem;
  return problem ? `${text}${/[.…]$/.test(text) ? '' : '.'} ${problem}` : text;
};

const statusText = ({ status, readError, connectionError }: ConsoleLinkState): string =>
  status === 'read-failed'
    ? `Connected, but the Salesforce console's state could not be read: ${readError} Retrying…`
    : status === 'reading' && connectionError
      ? `Omni-Channel reported a connection problem (${connectionError}); reading the Salesforce console again…`
      : CONNECTION_TEXT[status];
