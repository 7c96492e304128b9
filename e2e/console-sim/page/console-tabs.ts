import { h } from './dom';
import { LINES_PER_CHUNK } from './keyed-lines';

/** The console's primary tabs, where accepted records open (Salesforce's openPrimaryTab). */
export class ConsoleTabs {
  private readonly tabs: { id: string; recordId: string }[] = [];
  private readonly list = h('div', { role: 'tablist', 'aria-label': 'Console tabs' });
  private readonly panel = h('div', { role: 'tabpanel', class: 'tab-panel' });
  private selected = -1;
  /** The button marked selected (aria-selected="true"), if any. */
  private marked: Element | null = null;
  private opened = 0;
  /** How many tabs have their button drawn; the buttons sit in chunks, in order (keyed-lines.ts says why). */
  private drawn = 0;

  constructor(host: HTMLElement) {
    host.append(this.list, this.panel);
    this.render();
  }

  /** Opens (or focuses) the record's tab and returns the tab id. */
  open(url: string): string {
    const recordId = decodeURIComponent(url.replace(/^\//, ''));
    let index = this.tabs.findIndex((t) => t.recordId === recordId);
    if (index < 0) index = this.tabs.push({ id: `scc-pt-${++this.opened}`, recordId }) - 1;
    this.selected = index;
    this.render();
    return this.tabs[index].id;
  }

  /** Closes the record's tab (the agent's ×); false when it was not open. */
  close(recordId: string): boolean {
    const index = this.tabs.findIndex((t) => t.recordId === recordId);
    if (index < 0) return false;
    const [tab] = this.tabs.splice(index, 1);
    const button = document.getElementById(tab.id);
    const chunk = button?.parentElement;
    button?.remove();
    if (chunk && !chunk.childElementCount) chunk.remove();
    this.drawn -= 1;
    if (this.selected >= this.tabs.length || this.selected === index) this.selected = this.tabs.length - 1;
    else if (this.selected > index) this.selected -= 1;
    this.render();
    return true;
  }

  get recordIds(): string[] {
    return this.tabs.map((t) => t.recordId);
  }

  /**
   * Adds the buttons of new tabs and marks the selected one, touching only the buttons whose
   * selection changed: existing buttons stay (an agent's shift opens hundreds).
   */
  private render(): void {
    for (let i = this.drawn; i < this.tabs.length; i++, this.drawn++) {
      const tab = this.tabs[i];
      const button = h('button', { role: 'tab', id: tab.id, type: 'button', 'aria-selected': 'false' }, tab.recordId);
      button.addEventListener('click', () => {
        this.selected = this.tabs.indexOf(tab);
        this.render();
      });
      this.chunkWithRoom().append(button);
    }
    const tab = this.tabs[this.selected];
    const button = tab ? document.getElementById(tab.id) : null;
    if (this.marked !== button) {
      this.marked?.setAttribute('aria-selected', 'false');
      button?.setAttribute('aria-selected', 'true');
      this.marked = button;
    }
    this.panel.replaceChildren(tab ? h('p', {}, `Record ${tab.recordId}`) : h('p', {}, 'No records open.'));
    if (tab) this.panel.setAttribute('aria-labelledby', tab.id);
    else this.panel.removeAttribute('aria-labelledby');
  }

  /** The last chunk of buttons, or a new one when it is full. */
  private chunkWithRoom(): Element {
    const last = this.list.lastElementChild;
    if (last && last.childElementCount < LINES_PER_CHUNK) return last;
    return this.list.appendChild(h('div', { role: 'none', class: 'tabs-chunk' }));
  }
}
