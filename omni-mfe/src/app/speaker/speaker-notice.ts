import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { SpeakerNoticeActions } from './state/speaker.actions';
import { selectHandledElsewhere } from './state/speaker.feature';

/**
 * Tells the agent that Omni-Channel is handled by Desktop Connect in another console tab (this
 * one shows its presence and work, and passes clicks to it), and offers to handle it here.
 */
@Component({
  selector: 'omni-speaker-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (elsewhere()) {
      <p role="status" aria-label="Omni-Channel tab" i18n-aria-label="@@omni.speaker.statusName">
        <span>{{ elsewhereText }}</span>
        <button type="button" (click)="handleHere()">{{ handleHereText }}</button>
      </p>
    }
  `,
  styles: `
    p {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: baseline;
      color: #444;
    }
  `,
})
export class SpeakerNotice {
  private readonly store = inject(Store);
  protected readonly elsewhere = this.store.selectSignal(selectHandledElsewhere);
  // Texts in code, not template i18n blocks: those bring Angular's i18n sanitizer (about 10 KB gz).
  protected readonly elsewhereText = $localize`:@@omni.speaker.elsewhere:Omni-Channel is handled in another tab.`;
  protected readonly handleHereText = $localize`:@@omni.speaker.handleHere:Handle Omni-Channel here`;

  protected handleHere(): void {
    this.store.dispatch(SpeakerNoticeActions.handleHereClicked());
  }
}
