import type { OmniModel } from '../model/omni-model';
import type { AgentWorkRecord } from '../model/omni-records';
import { h } from './dom';

/**
 * Salesforce's own Omni-Channel utility, simulated: the agent's presence menu and their work
 * with each AgentWork's status, as the agent would see it in the console footer.
 */
export class OmniWidget {
  private readonly statusSelect = h('select', { 'aria-label': 'Omni-Channel status' }) as HTMLSelectElement;
  private readonly workList = h('ul', { 'aria-label': 'Omni-Channel work', class: 'work-list' });
  private readonly empty = h('li', { class: 'empty' }, 'No work');
  /** Each AgentWork's line, kept so that a redraw touches only what changed. */
  private readonly lines = new Map<string, HTMLElement>();

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

  /**
   * Redraws the list keyed by AgentWork id, touching only lines whose text changed: the table
   * keeps every AgentWork of the shift (thousands in the soak), and redrawing it whole on each
   * change made the console page slower with every item.
   */
  render(): void {
    this.statusSelect.value = this.model.status?.statusId ?? '';
    const shown = this.model.agentWork.filter((w) => w.status !== 'Unavailable');
    const lines = shown.length === 0 ? [this.empty] : shown.map((w) => this.line(w));
    const current = this.workList.children;
    if (current.length !== lines.length || lines.some((li, i) => current[i] !== li))
      this.workList.replaceChildren(...lines);
  }

  private line(w: AgentWorkRecord): HTMLElement {
    const text = `${w.type}: ${w.subject} — ${w.status}${w.declineReason ? ` (${w.declineReason})` : ''}`;
    let li = this.lines.get(w.workId);
    if (!li) this.lines.set(w.workId, (li = h('li', { 'data-work-id': w.workId })));
    if (li.textContent !== text) li.textContent = text;
    return li;
  }
}
