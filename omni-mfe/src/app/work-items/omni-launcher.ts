import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { BUILD_LOCALE } from '../i18n/build-locale';
import { WorkItemPanelActions } from './state/work-items.actions';
import { workItemsFeature } from './state/work-items.feature';
import { workItemCountText } from './work-item-count';

/**
 * The Omni-Channel launcher: opens the work-item panel; its information bubble counts the
 * agent's work items and blinks when one arrives (still, under prefers-reduced-motion), and a
 * polite live region announces the arrival.
 */
@Component({
  selector: 'omni-launcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="launcher"
      aria-label="Omni-Channel"
      i18n-aria-label="the launcher's name"
      aria-controls="omni-work-panel"
      [attr.aria-expanded]="open()"
      (click)="toggle()"
    >
      <span aria-hidden="true">Omni-Channel</span>
      <!-- Two animation names taking turns: each arrival starts the blink again. -->
      <span
        class="bubble"
        [attr.data-new]="arrivals() > 0 ? '' : null"
        [attr.data-odd]="arrivals() % 2 === 1 ? '' : null"
        aria-hidden="true"
        >{{ count() }}</span
      >
    </button>
    <span class="count">{{ countText() }}</span>
    <p class="announcer" role="status" aria-live="polite">{{ announcement() }}</p>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .launcher {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      padding: 0.3rem 0.6rem;
      border: 1px solid #0176d3;
      border-radius: 4px;
      background: #fff;
      color: #0176d3;
      cursor: pointer;
    }
    .launcher:focus-visible {
      outline: 2px solid #0176d3;
      outline-offset: 2px;
    }
    .bubble {
      min-width: 1.4rem;
      padding: 0 0.3rem;
      border-radius: 0.7rem;
      background: #0176d3;
      color: #fff;
      font-weight: 600;
      text-align: center;
    }
    .bubble[data-new] {
      animation: omni-blink-a 0.6s ease-in-out 5;
    }
    .bubble[data-new][data-odd] {
      animation-name: omni-blink-b;
    }
    @keyframes omni-blink-a {
      50% {
        background: #fe9339;
        color: #181818;
        transform: scale(1.15);
      }
    }
    @keyframes omni-blink-b {
      50% {
        background: #fe9339;
        color: #181818;
        transform: scale(1.15);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bubble[data-new],
      .bubble[data-new][data-odd] {
        animation: none;
        background: #fe9339;
        color: #181818;
      }
    }
    .count,
    .announcer {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class OmniLauncher {
  private readonly store = inject(Store);
  protected readonly count = computed(() => this.store.selectSignal(workItemsFeature.selectAllWorkItems)().length);
  private readonly locale = inject(BUILD_LOCALE);
  protected readonly countText = computed(() => workItemCountText(this.count(), this.locale));
  protected readonly arrivals = this.store.selectSignal(workItemsFeature.selectArrivals);
  protected readonly announcement = this.store.selectSignal(workItemsFeature.selectAnnouncement);
  protected readonly open = this.store.selectSignal(workItemsFeature.selectPanelOpen);

  protected toggle(): void {
    this.store.dispatch(WorkItemPanelActions.launcherToggled());
  }
}
