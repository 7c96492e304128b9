import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { presenceFeature } from './state/presence.feature';
import { selectSyncHealth } from './state/presence.selectors';
import type { SyncLogEntry } from './sync/sync-state';

/** HH:mm:ss in the agent's locale, without loading Angular's locale data for one format. */
const CLOCK = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});
/**
 * Each entry's line, formatted once. The log is re-rendered on every sync change, and building
 * a date format per row per change (toLocaleTimeString) cost 8 ms a change with a full log.
 */
const lines = new WeakMap<SyncLogEntry, string>();
function lineOf(entry: SyncLogEntry): string {
  let line = lines.get(entry);
  if (line === undefined) {
    line = `${CLOCK.format(entry.at)} ${entry.side === 'dc' ? 'DC' : 'Omni'}: ${entry.from ?? '–'} → ${entry.to} (${entry.cause})${entry.note ? ': ' + entry.note : ''}`;
    lines.set(entry, line);
  }
  return line;
}

/** How the DC ↔ Omni-Channel sync is doing, with the recent sync log for support. */
@Component({
  selector: 'omni-sync-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="status" [attr.data-health]="healthClass()" role="status" aria-label="Omni-Channel sync">
      Sync: {{ health().health }}<span class="detail"> — {{ health().detail }}</span>
    </p>
    <details class="details">
      <summary>Sync details</summary>
      <p>Writes made: {{ sync().writes }}</p>
      <ol class="log" aria-label="Sync log">
        <!-- Entries are immutable: tracked by identity, a new one adds a row and leaves the rest. -->
        @for (entry of logNewestFirst(); track entry) {
          <li>{{ line(entry) }}</li>
        } @empty {
          <li>Nothing synced yet.</li>
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
  protected readonly logNewestFirst = computed(() => [...this.sync().log].reverse());

  protected readonly line = lineOf;
}
