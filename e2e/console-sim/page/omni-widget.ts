import type { OmniModel } from '../model/omni-model';
import { h } from './dom';

/**
 * Salesforce's own Omni-Channel utility, simulated: the agent's presence menu and their work
 * with each AgentWork's status, as the agent would see it in the console footer.
 */
export class OmniWidget {
  private readonly statusSelect = h('select', { 'aria-label': 'Omni-Channel status' }) as HTMLSelectElement;
  private readonly workList = h('ul', { 'aria-label': 'Omni-Channel work', class: 'work-list' });

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

  render(): void {
    this.statusSelect.value = this.model.status?.statusId ?? '';
    const shown = this.model.agentWork.filter((w) => w.status !== 'Unavailable');
    this.workList.replaceChildren(
      ...(shown.length === 0
        ? [h('li', { class: 'empty' }, 'No work')]
        : shown.map((w) =>
            h(
              'li',
              { 'data-work-id': w.workId },
              `${w.type}: ${w.subject} — ${w.status}${w.declineReason ? ` (${w.declineReason})` : ''}`,
            ),
          )),
    );
  }
}
