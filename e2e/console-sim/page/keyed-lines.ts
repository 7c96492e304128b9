import { h } from './dom';

/** One line of a keyed list: its key (a record id) and the text it shows. */
export interface KeyedLine {
  readonly key: string;
  readonly text: string;
}

/**
 * A list whose lines are kept by key: a redraw moves, adds or removes only the lines that changed
 * and sets only the texts that changed. The console page redraws once per frame with traffic, and
 * its lists grow with a shift (every AgentWork of it, every item declined and waiting for another
 * agent): re-inserting every line on each redraw made the page's style and layout work, and so
 * each simulated ten minutes of the shift soak, grow with the shift.
 */
export class KeyedLines {
  private readonly lines = new Map<string, { li: HTMLElement; text: string }>();
  private readonly empty: HTMLElement;

  constructor(
    private readonly list: HTMLElement,
    emptyText: string,
    /** The attribute that carries each line's key (e.g. `data-work-id`). */
    private readonly keyAttribute: string,
  ) {
    this.empty = h('li', { class: 'empty' }, emptyText);
  }

  render(items: readonly KeyedLine[]): void {
    const keys = new Set(items.map((i) => i.key));
    for (const [key, line] of this.lines)
      if (!keys.has(key)) {
        line.li.remove();
        this.lines.delete(key);
      }
    const wanted = items.length ? items.map((i) => this.line(i)) : [this.empty];
    let at = this.list.firstElementChild;
    for (const li of wanted) {
      if (at === li) at = li.nextElementSibling;
      else this.list.insertBefore(li, at);
    }
    while (at) {
      const next = at.nextElementSibling;
      at.remove();
      at = next;
    }
  }

  private line({ key, text }: KeyedLine): HTMLElement {
    let line = this.lines.get(key);
    if (!line) this.lines.set(key, (line = { li: h('li', { [this.keyAttribute]: key }), text: '' }));
    if (line.text !== text) line.li.textContent = line.text = text;
    return line.li;
  }
}
