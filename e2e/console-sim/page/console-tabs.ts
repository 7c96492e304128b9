import { h } from './dom';

/** The console's primary tabs, where accepted records open (Salesforce's openPrimaryTab). */
export class ConsoleTabs {
  private readonly tabs: { id: string; recordId: string }[] = [];
  private readonly list = h('div', { role: 'tablist', 'aria-label': 'Console tabs' });
  private readonly panel = h('div', { role: 'tabpanel', class: 'tab-panel' });
  private selected = -1;
  /** The button marked selected (aria-selected="true"), if any. */
  private marked: Element | null = null;
  private opened = 0;

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
    this.tabs.splice(index, 1);
    this.list.children[index].remove();
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
    for (let i = this.list.children.length; i < this.tabs.length; i++) {
      const tab = this.tabs[i];
      const button = h('button', { role: 'tab', id: tab.id, type: 'button', 'aria-selected': 'false' }, tab.recordId);
      button.addEventListener('click', () => {
        this.selected = this.tabs.indexOf(tab);
        this.render();
      });
      this.list.append(button);
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
}
