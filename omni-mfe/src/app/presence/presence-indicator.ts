import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { consoleLinkFeature, type ConsoleLinkState, type LinkStatus } from '../console-link/state/console-link.feature';
import { presenceFeature } from './state/presence.feature';

const CONNECTION_TEXT: Readonly<Record<Exclude<LinkStatus, 'read-failed'>, string>> = {
  connecting: $localize`:console connection:Connecting to the Salesforce console…`,
  reading: $localize`:console connection:Reading the Salesforce console…`,
  connected: $localize`:console connection:Connected to the Salesforce console`,
  reconnecting: $localize`:console connection:Reconnecting to the Salesforce console…`,
  failed: $localize`:console connection:Cannot reach the Salesforce console; still retrying. Reload the console if this persists.`,
  'console-mode-required': $localize`:console connection:Omni-Channel works in console mode only: open Desktop Connect in the Salesforce console.`,
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

  protected readonly online = computed(() => (this.presence().omniStatus?.channels.length ?? 0) > 0);
  protected readonly presenceText = computed(() => {
    const { omniLoggedIn, omniStatus } = this.presence();
    if (omniLoggedIn === null) return $localize`:presence before the console was read:Omni-Channel: unknown`;
    // The status name is the org's own word; only Offline is ours.
    return omniLoggedIn && omniStatus
      ? $localize`:presence; the status name comes from the org:Omni-Channel: ${omniStatus.statusName}:status:`
      : $localize`:presence:Omni-Channel: Offline`;
  });
  protected readonly connectionText = computed(() => connectionText(this.link()));
  protected readonly problem = computed(() => this.link().status !== 'connected');
}

/** The link in words; a failed read says why and that it is being retried. */
const connectionText = ({ status, readError, connectionError }: ConsoleLinkState): string =>
  status === 'read-failed'
    ? $localize`:console connection; the reason comes from the console:Connected, but the Salesforce console's state could not be read: ${readError}:reason: Retrying…`
    : status === 'reading' && connectionError
      ? $localize`:console connection; the problem comes from Omni-Channel:Omni-Channel reported a connection problem (${connectionError}:problem:); reading the Salesforce console again…`
      : CONNECTION_TEXT[status];
