import { ChangeDetectionStrategy, Component, inject, Injector, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { BRIDGE_PROTOCOL_VERSION } from '@shared/protocol/envelope';
import { consoleLinkFeature } from '../console-link/state/console-link.feature';
import { LINK_DROP_LOG } from '../console-link/link-drops';
import { dcSessionFeature } from '../dc-session/state/dc-session.feature';
import { BUILD_LOCALE } from '../i18n/build-locale';
import { selectSyncHealth } from '../presence/state/presence.selectors';
import { presenceFeature } from '../presence/state/presence.feature';
import { OMNI_PROPS } from '../props/omni-props.token';
import { DECLINE_REASONS } from '../work-items/decline-reasons.token';
import { selectWorkFlags } from '../work-items/flags/work-flag-row';
import { workItemsFeature } from '../work-items/state/work-items.feature';
import type { DiagnosisInput } from './diagnosis-input';
import { LinkHistory } from './link-history';

/**
 * In "Sync details": Copy diagnosis puts the diagnosis (docs/DIAGNOSIS.md) on the clipboard,
 * Download diagnosis saves it as a text file. The writer is loaded when first asked for, so the
 * module's start carries none of it.
 */
@Component({
  selector: 'omni-diagnosis-controls',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="diagnosis">
      <button type="button" (click)="copy()">{{ text.copy }}</button>
      <button type="button" (click)="download()">{{ text.download }}</button>
      <span class="said" aria-live="polite">{{ said() }}</span>
    </div>
  `,
  styles: `
    .diagnosis {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin: 0.25rem 0;
    }
  `,
})
export class DiagnosisControls {
  protected readonly text = {
    copy: $localize`:copies a diagnosis for support to the clipboard:Copy diagnosis`,
    download: $localize`:saves a diagnosis for support as a file:Download diagnosis`,
    copied: $localize`:said once the diagnosis is on the clipboard:Diagnosis copied.`,
    saved: $localize`:said once the diagnosis file is saved:Diagnosis downloaded.`,
    notCopied: $localize`:said when the clipboard refused the diagnosis:The diagnosis could not be copied; download it instead.`,
  } as const;
  protected readonly said = signal('');
  private readonly store = inject(Store);
  // The props, reason codes and drop counts are read when a diagnosis is written, not at render.
  private readonly injector = inject(Injector);
  private readonly history = inject(LinkHistory);
  private readonly locale = inject(BUILD_LOCALE);
  private readonly sync = this.store.selectSignal(presenceFeature.selectSync);
  private readonly health = this.store.selectSignal(selectSyncHealth);
  private readonly mappingProblems = this.store.selectSignal(presenceFeature.selectMappingProblems);
  private readonly agent = this.store.selectSignal(dcSessionFeature.selectAgent);
  private readonly linkStatus = this.store.selectSignal(consoleLinkFeature.selectStatus);
  private readonly items = this.store.selectSignal(workItemsFeature.selectAllWorkItems);
  private readonly flags = this.store.selectSignal(selectWorkFlags);

  protected async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(await this.write());
      this.said.set(this.text.copied);
    } catch {
      this.said.set(this.text.notCopied);
    }
  }

  protected async download(): Promise<void> {
    const text = await this.write();
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `omni-diagnosis-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`;
    link.click();
    // The click has started the download: the object URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url));
    this.said.set(this.text.saved);
  }

  private async write(): Promise<string> {
    const { writeDiagnosis, buildVersion } = await import('./diagnosis');
    return writeDiagnosis({ ...this.gather(), buildVersion });
  }

  /** What the store and the props hold now: ids, keys, versions and counts only. */
  private gather(): Omit<DiagnosisInput, 'buildVersion'> {
    const props = this.injector.get(OMNI_PROPS);
    const reasons = this.injector.get(DECLINE_REASONS);
    const drops = this.injector.get(LINK_DROP_LOG, null);
    const sync = this.sync();
    const flags = this.flags();
    return {
      writtenAt: Date.now(),
      buildLocale: this.locale,
      protocolVersion: BRIDGE_PROTOCOL_VERSION,
      contractVersion: props.contractVersion,
      transport: props.console.transport,
      agentId: this.agent()?.id ?? null,
      linkStatus: this.linkStatus(),
      history: this.history.current,
      syncHealth: this.health().health,
      syncWrites: sync.writes,
      syncLog: sync.log.map(({ at, side, from, to, cause }) => ({ at, side, from, to, cause })),
      drops: drops?.counts() ?? null,
      configProblems: [...this.mappingProblems(), ...(reasons.ok ? [] : [reasons.problem])],
      mapping: props.omniMapping ?? null,
      works: this.items().map((w) => ({
        workId: w.workId,
        workItemId: w.workItemId,
        status: w.status,
        flag: flags[w.workId]?.state ?? null,
      })),
    };
  }
}
