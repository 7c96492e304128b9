import { ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { BRIDGE_PROTOCOL_VERSION } from '@shared/protocol/envelope';
import { LINK_DROP_LOG } from '../console-link/link-drops';
import type { DiagnosisState } from '../diagnostics/diagnosis-actions';
import { LinkHistory } from '../diagnostics/link-history';
import { OMNI_PROPS } from '../props/omni-props.token';
import { presenceFeature } from './state/presence.feature';
import { selectSyncHealth } from './state/presence.selectors';
import { BUILD_LOCALE } from '../i18n/build-locale';
import { clockText } from '../i18n/time-format';
import type { SyncHealth } from './state/presence.selectors';
import type { SyncCause, SyncLogEntry } from './sync/sync-state';

/** The sync health in words ("Sync: in sync"); the values themselves are the styles' keys. */
const HEALTH_TEXT: Readonly<Record<SyncHealth, string>> = {
  'in sync': $localize`:sync health:in sync`,
  syncing: $localize`:sync health:syncing`,
  unmapped: $localize`:sync health:unmapped`,
  off: $localize`:sync health:off`,
  error: $localize`:sync health:error`,
  'console mode required': $localize`:sync health:console mode required`,
};
/** The sync log's causes, as docs/CONFIGURATION.md names them for support. */
const CAUSE_TEXT: Readonly<Record<SyncCause, string>> = {
  agent: $localize`:sync log cause:agent`,
  console: $localize`:sync log cause:console`,
  sync: $localize`:sync log cause:sync`,
  unmapped: $localize`:sync log cause:unmapped`,
  rule: $localize`:sync log cause:rule`,
  failed: $localize`:sync log cause:failed`,
  resync: $localize`:sync log cause:resync`,
};

/**
 * Each entry's line, formatted once. The log is re-rendered on every sync change, and building
 * a date format per row per change (toLocaleTimeString) cost 8 ms a change with a full log.
 * State keys and status API names stay as configured: support compares them with the mapping.
 */
const lines = new WeakMap<SyncLogEntry, string>();
function lineOf(entry: SyncLogEntry, locale: string): string {
  let line = lines.get(entry);
  if (line === undefined) {
    line = `${clockText(entry.at, locale)} ${entry.side === 'dc' ? 'DC' : 'Omni'}: ${entry.from ?? '–'} → ${entry.to} (${CAUSE_TEXT[entry.cause]})${entry.note ? ': ' + entry.note : ''}`;
    lines.set(entry, line);
  }
  return line;
}

/** How the DC ↔ Omni-Channel sync is doing, with the recent sync log for support. */
@Component({
  selector: 'omni-sync-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="status" [attr.data-health]="healthClass()" role="status" aria-label="Omni-Channel sync" i18n-aria-label>
      {{ healthText() }}<span class="detail"> — {{ health().detail }}</span>
    </p>
    <details class="details">
      <summary>{{ text.details }}</summary>
      <p>{{ writesText() }}</p>
      <div class="diagnosis">
        <button type="button" (click)="diagnose(false)">{{ text.copy }}</button>
        <button type="button" (click)="diagnose(true)">{{ text.download }}</button>
        <span aria-live="polite">{{ said() }}</span>
      </div>
      <ol class="log" aria-label="Sync log" i18n-aria-label>
        <!-- Entries are immutable: tracked by identity, a new one adds a row and leaves the rest. -->
        @for (entry of logNewestFirst(); track entry) {
          <li>{{ line(entry) }}</li>
        } @empty {
          <li>{{ text.nothingYet }}</li>
        }
      </ol>
    </details>
  `,
  styles: `
    :host {
      display: block;
    }
    p {
      margin: 0;
    }
    .status[data-health='error'],
    .status[data-health='off'] {
      color: #8e030f;
    }
    .status[data-health='unmapped'],
    .status[data-health='console-mode-required'] {
      color: #8c4b02;
    }
    .detail {
      color: #444;
      font-size: 0.9em;
    }
    .details {
      font-size: 0.9em;
      margin-top: 0.25rem;
    }
    .diagnosis {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin: 0.25rem 0;
    }
    .log {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
      max-height: 10rem;
      overflow: auto;
    }
  `,
})
export class SyncStatus {
  private readonly store = inject(Store);
  protected readonly health = this.store.selectSignal(selectSyncHealth);
  protected readonly sync = this.store.selectSignal(presenceFeature.selectSync);
  protected readonly healthClass = computed(() => this.health().health.replace(/ /g, '-'));
  protected readonly healthText = computed(
    () => $localize`:the sync health line:Sync: ${HEALTH_TEXT[this.health().health]}:health:`,
  );
  protected readonly writesText = computed(() => $localize`Writes made: ${this.sync().writes}:count:`);
  protected readonly text = {
    details: $localize`Sync details`,
    nothingYet: $localize`Nothing synced yet.`,
    copy: $localize`:copies a diagnosis for support to the clipboard:Copy diagnosis`,
    download: $localize`:saves a diagnosis for support as a file:Download diagnosis`,
  } as const;
  private readonly locale = inject(BUILD_LOCALE);
  protected readonly logNewestFirst = computed(() => [...this.sync().log].reverse());

  /** What Copy diagnosis or Download diagnosis said last ("Diagnosis copied."). */
  protected readonly said = signal('');
  private readonly state = this.store.selectSignal((state: DiagnosisState) => state);
  // The props, drop counts and link history are read when a diagnosis is written, not at render.
  private readonly injector = inject(Injector);

  /**
   * Copy diagnosis and Download diagnosis (docs/DIAGNOSIS.md): what they do and the writer are
   * loaded on first use; they are handed the store's state and what lives beside it. Not async:
   * the build turns an async function into a generator and its runner.
   */
  protected diagnose(download: boolean): void {
    const get = this.injector;
    void import('../diagnostics/diagnosis-actions')
      .then(({ diagnose }) =>
        diagnose(download, {
          state: this.state(),
          syncHealth: this.health().health,
          props: get.get(OMNI_PROPS),
          drops: get.get(LINK_DROP_LOG, null),
          history: get.get(LinkHistory).current,
          locale: this.locale,
          protocolVersion: BRIDGE_PROTOCOL_VERSION,
        }),
      )
      .then((said) => this.said.set(said));
  }

  protected line(entry: SyncLogEntry): string {
    return lineOf(entry, this.locale);
  }
}
