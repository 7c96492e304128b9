import { h } from './dom';

/** One line of a keyed list: its key (a record id) and the text it shows. */
export interface KeyedLine {
  readonly key: string;
  readonly text: string;
}

/**
 * Lines per chunk: the browser skips a chunk out of view (content-visibility), and its per-frame
 * work grows with the number of chunks, not of lines.
 */
export const LINES_PER_CHUNK = 64;

/**
 * A list whose lines are kept by key: a redraw moves, adds or removes only the lines that changed
 * and sets only the texts that changed. The console page redraws once per frame with traffic, and
 * its lists grow with a shift (every AgentWork of it, every item declined and waiting for another
 * agent). Re-inserting every line on each redraw made each simulated ten minutes of the shift soak
 * grow with the shift; so did skipping each line out of view on its own, as every line was then
 * one more box to lay out and one more intersection to compute on every frame (a trace of the
 * soak's 40th block: 857 ms of the console page's main thread computing intersections). The lines
 * sit in chunks (an item of the list holding a list of its own, both presentational), in order.
 */
export class KeyedLines {
  private readonly lines = new Map<string, { li: HTMLElement; text: string }>();
  private readonly chunks: HTMLElement[] = [];
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
    const wanted = items.map((i) => this.line(i));
    const count = Math.ceil(wanted.length / LINES_PER_CHUNK);
    while (this.chunks.length > count) this.chunks.pop()!.parentElement!.remove();
    while (this.chunks.length < count) {
      const chunk = h('ul', { role: 'none' });
      this.chunks.push(chunk);
      this.list.append(h('li', { role: 'none', class: 'lines-chunk' }, chunk));
    }
    if (wanted.length) this.empty.remove();
    else this.list.append(this.empty);
    this.chunks.forEach((chunk, c) => place(chunk, wanted.slice(c * LINES_PER_CHUNK, (c + 1) * LINES_PER_CHUNK)));
  }

  private line({ key, text }: KeyedLine): HTMLElement {
    let line = this.lines.get(key);
    if (!line) this.lines.set(key, (line = { li: h('li', { [this.keyAttribute]: key }), text: '' }));
    if (line.text !== text) line.li.textContent = line.text = text;
    return line.li;
  }
}

/** Makes `parent`'s children exactly `wanted`, in order, moving only what is out of place. */
function place(parent: HTMLElement, wanted: readonly HTMLElement[]): void {
  let at = parent.firstElementChild;
  for (const li of wanted) {
    if (at === li) at = li.nextElementSibling;
    else parent.insertBefore(li, at);
  }
  while (at) {
    const next = at.nextElementSibling;
    at.remove();
    at = next;
  }
}
