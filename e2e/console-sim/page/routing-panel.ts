import type { RouteInput } from '../model/omni-records';
import type { OmniModel } from '../model/omni-model';
import { h } from './dom';
import { KeyedLines } from './keyed-lines';

export interface RoutingPanelActions {
  route(input: RouteInput): void;
  setConsoleMode(on: boolean): void;
  reloadBridge(): void;
  killBridge(): void;
}

/** The QA and demo panel: create work for routing, see the queue, and disturb the bridge. */
export class RoutingPanel {
  private readonly queueList = h('ul', { 'aria-label': 'Routing queue', class: 'queue-list' });
  private readonly queue = new KeyedLines(this.queueList, 'Queue is empty', 'data-work-item-id');
  private readonly consoleMode = h('input', { type: 'checkbox', checked: '' }) as HTMLInputElement;

  constructor(
    host: HTMLElement,
    private readonly model: OmniModel,
    actions: RoutingPanelActions,
  ) {
    const type = h(
      'select',
      {},
      h('option', {}, 'Case'),
      h('option', {}, 'Lead'),
      h('option', {}, 'Chat'),
    ) as HTMLSelectElement;
    const subject = h('input', { type: 'text', value: 'Printer on fire' }) as HTMLInputElement;
    const priority = h('input', { type: 'number', min: '1', max: '100', value: '1' }) as HTMLInputElement;
    const weight = h('input', { type: 'number', min: '1', max: '100', value: '2' }) as HTMLInputElement;
    const form = h(
      'form',
      { 'aria-label': 'Route work' },
      h('label', {}, 'Type ', type),
      h('label', {}, 'Subject ', subject),
      h('label', {}, 'Priority ', priority),
      h('label', {}, 'Capacity weight ', weight),
      h('button', { type: 'submit' }, 'Route'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      actions.route({
        type: type.value as RouteInput['type'],
        subject: subject.value,
        priority: Number(priority.value) || 1,
        capacityWeight: Number(weight.value) || 1,
      });
    });
    this.consoleMode.addEventListener('change', () => actions.setConsoleMode(this.consoleMode.checked));
    const reload = h('button', { type: 'button' }, 'Reload bridge');
    reload.addEventListener('click', () => actions.reloadBridge());
    const kill = h('button', { type: 'button' }, 'Kill bridge');
    kill.addEventListener('click', () => actions.killBridge());
    host.append(
      h('h2', {}, 'Routing'),
      form,
      h('div', { class: 'controls' }, h('label', {}, this.consoleMode, ' Console mode'), reload, kill),
      h('h3', {}, 'Queue'),
      this.queueList,
    );
    this.render();
  }

  setConsoleMode(on: boolean): void {
    this.consoleMode.checked = on;
  }

  /** Redraws the queue, its lines keyed by work item (keyed-lines.ts). */
  render(): void {
    this.queue.render(
      this.model.queue.map((q) => ({
        key: q.workItemId,
        text: `${q.type}: ${q.subject} (priority ${q.priority}, weight ${q.capacityWeight})${q.refusedByAgent ? ' — waiting for another agent' : ''}`,
      })),
    );
  }
}
