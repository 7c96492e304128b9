import type { RaisedFlag } from '../control-org';
import { h } from './dom';

/**
 * A supervisor's view of the agent's raised flags (Omni Supervisor's "Raised flags", simulated;
 * Lightning only): region "Supervisor", list "Raised flags" with one item per flag, "<Type
 * subject> — <message>", and in each a button "Lower flag", as a supervisor lowers it.
 */
export class SupervisorFlags {
  private readonly list = h('ul', { 'aria-label': 'Raised flags' });

  constructor(
    host: HTMLElement,
    private readonly flags: () => RaisedFlag[],
    private readonly lower: (workItemId: string) => void,
  ) {
    const section = h('section', { 'aria-label': 'Supervisor', class: 'supervisor' }, h('h2', {}, 'Supervisor'));
    section.append(this.list);
    host.append(section);
    this.render();
  }

  render(): void {
    const flags = this.flags();
    this.list.replaceChildren(
      ...(flags.length === 0 ? [h('li', { class: 'empty' }, 'No raised flags')] : flags.map((flag) => this.item(flag))),
    );
  }

  private item(flag: RaisedFlag): HTMLElement {
    const button = h('button', { type: 'button' }, 'Lower flag');
    button.addEventListener('click', () => this.lower(flag.workItemId));
    const text = `${flag.subject} — ${flag.message ?? 'no message'} (raised by ${flag.raisedBy === 'AGENT' ? 'the agent' : 'a supervisor'})`;
    return h('li', { 'data-work-id': flag.workId }, text, ' ', button);
  }
}
