import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import type { LinkProblem } from '../console-link/link-problem';
import type { LogoutReason } from '@shared/bridge/events.schema';
import { consoleLinkFeature, type ConsoleLinkState, type LinkStatus } from '../console-link/state/console-link.feature';
import { presenceFeature } from './state/presence.feature';
import { selectOmniPresence } from './state/presence.selectors';

const CONNECTION_TEXT: Readonly<Record<Exclude<LinkStatus, 'read-failed'>, string>> = {
  connecting: $localize`:console connection:Connecting to the Salesforce console…`,
  reading: $localize`:console connection:Reading the Salesforce console…`,
  connected: $localize`:console connection:Connected to the Salesforce console`,
  reconnecting: $localize`:console connection:Reconnecting to the Salesforce console…`,
  failed: $localize`:console connection:Cannot reach the Salesforce console; still retrying. Reload the console if this persists.`,
  'console-mode-required': $localize`:console connection:Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.`,
};

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
      [attr.data-problem]="problem() ? '' : null"
      role="status"
      aria-label="Console connection"
      i18n-aria-label
    >
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
  protected readonly connectionText = computed(() => connectionText(this.link()));
  protected readonly problem = computed(() => this.link().status !== 'connected' || !!this.link().problem);
}

/**
 * Why the handshake fails, for the integrator who set it up: what was seen, and what to check.
 * Short enough for the panel; docs/SHELL-INTEGRATION.md ("Every gate a handshake passes
 * through") says more for each.
 */
const problemText = (problem: LinkProblem): string =>
  problem.kind === 'no-answer'
    ? $localize`:console connection, handshake diagnosis:No answer from the console bridge page at ${problem.bridgeUrl}:url:. A wrong URL and a frame blocked by CSP look alike: check the URL, this page's frame-src and the bridge page's frame-ancestors. Still retrying…`
    : problem.kind === 'wrong-origin'
      ? $localize`:console connection, handshake diagnosis:The console bridge answered from ${problem.seen}:seen:, not from the console origin ${problem.expected}:expected:: correct the console origin or the bridge URL. Still retrying…`
      : $localize`:console connection, handshake diagnosis:The console bridge refused this Desktop Connect origin (${problem.dcOrigin}:origin:): add it to the bridge page's allowed origins. Still retrying…`;

/**
 * The link in words; a failed read says why and that it is being retried, as does a failing
 * handshake; the transport's own words on a degraded link follow the status.
 */
const connectionText = (link: ConsoleLinkState): string => {
  const { problem } = link;
  if (problem && typeof problem === 'object') return problemText(problem);
  const text = statusText(link);
  const said = link.status === 'console-mode-required' ? null : problem;
  return said ? `${text}${/[.…]$/.test(text) ? '' : '.'} ${said}` : text;
};

const statusText = ({ status, readError, connectionError }: ConsoleLinkState): string =>
  status === 'read-failed'
    ? $localize`:console connection; the reason comes from the console:Connected, but the Salesforce console's state could not be read: ${readError}:reason: Retrying…`
    : status === 'reading' && connectionError
      ? $localize`:console connection; the problem comes from Omni-Channel:Omni-Channel reported a connection problem (${connectionError}:problem:); reading the Salesforce console again…`
      : CONNECTION_TEXT[status];
