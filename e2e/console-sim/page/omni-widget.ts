import type { OmniModel } from '../model/omni-model';
import { h } from './dom';
import { KeyedLines } from './keyed-lines';

/**
 * Salesforce's own Omni-Channel utility, simulated: the agent's presence menu and their work
 * with each AgentWork's status, as the agent would see it in the console footer.
 */
export class OmniWidget {
  private readonly statusSelect = h('select', { 'aria-label': 'Omni-Channel status' }) as HTMLSelectElement;
  private readonly workList = h('ul', { 'aria-label': 'Omni-Channel work', class: 'work-list' });
  private readonly lines = new KeyedLines(this.workList, 'No work', 'data-work-id');

  constructor(
    host: HTMLElement,
    private readonly model: OmniModel,
    onStatusChosen: (statusId: string | null) => void,
  ) {
    this.rebuild();
    this.statusSelect.addEventListener('change', () => onStatusChosen(this.statusSelect.value || null));
    host.append(h('h2', {}, 'Omni-Channel'), h('label', {}, 'Status ', this.statusSelect), this.workList);
    this.render();
  }

  /** Lists the org's statuses again (after Setup renamed one). */
  rebuild(): void {
    this.statusSelect.replaceChildren(
      h('option', { value: '' }, 'Offline'),
      ...this.model.config.statuses.map((s) => h('option', { value: s.statusId }, s.statusName)),
    );
    this.render();
  }

  /** Redraws the presence and the work list; the list's lines are keyed by AgentWork id (keyed-lines.ts). */
  render(): void {
    this.statusSelect.value = this.model.status?.statusId ?? '';
    this.lines.render(
      this.model.agentWork
        .filter((w) => w.status !== 'Unavailable')
        .map((w) => ({
          key: w.workId,
          text: `${w.type}: ${w.subject} — ${w.status}${w.declineReason ? ` (${w.declineReason})` : ''}`,
        })),
    );
  }
}
