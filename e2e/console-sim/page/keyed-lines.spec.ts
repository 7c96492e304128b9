import { KeyedLines, LINES_PER_CHUNK } from './keyed-lines';

describe('a list kept by key', () => {
  let list: HTMLElement;
  let lines: KeyedLines;
  // The lines an agent sees, in order: the chunks that hold them are presentational.
  const texts = () => [...list.querySelectorAll('li:not([role=none])')].map((li) => li.textContent);
  const byKey = (key: string) => list.querySelector(`[data-work-id="${key}"]`);

  beforeEach(() => {
    list = document.createElement('ul');
    document.body.append(list);
    lines = new KeyedLines(list, 'No work', 'data-work-id');
  });
  afterEach(() => list.remove());

  it('shows its empty text with no lines, and again when the last line goes', () => {
    lines.render([]);
    expect(texts()).toEqual(['No work']);
    lines.render([{ key: 'a', text: 'Case: A — Assigned' }]);
    expect(texts()).toEqual(['Case: A — Assigned']);
    lines.render([]);
    expect(texts()).toEqual(['No work']);
  });

  it('keeps the line of each key across redraws, changing only its text', () => {
    lines.render([
      { key: 'a', text: 'Case: A — Assigned' },
      { key: 'b', text: 'Case: B — Assigned' },
    ]);
    const [a, b] = [byKey('a'), byKey('b')];
    const added: Node[] = [];
    new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes))).observe(list, {
      childList: true,
      subtree: true,
    });
    lines.render([
      { key: 'a', text: 'Case: A — Opened' },
      { key: 'b', text: 'Case: B — Assigned' },
      { key: 'c', text: 'Case: C — Assigned' },
    ]);
    expect(texts()).toEqual(['Case: A — Opened', 'Case: B — Assigned', 'Case: C — Assigned']);
    expect(byKey('a')).toBe(a);
    expect(byKey('b')).toBe(b);
    // Only the new line went into the list: the others stayed where they were.
    // (A changed text is a new text node: only elements count here.)
    return Promise.resolve().then(() => expect(added.filter((n) => n instanceof Element)).toEqual([byKey('c')!]));
  });

  it('removes the lines of keys that went, and follows a new order', () => {
    lines.render(['a', 'b', 'c'].map((key) => ({ key, text: key })));
    lines.render(['c', 'a'].map((key) => ({ key, text: key })));
    expect(texts()).toEqual(['c', 'a']);
    lines.render(['b', 'c'].map((key) => ({ key, text: key })));
    expect(texts()).toEqual(['b', 'c']);
    expect(list.querySelectorAll('[data-work-id="a"]').length).toBe(0);
  });

  it('holds a long list in chunks, in order, so that a line out of view costs a frame nothing', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
    lines.render(keys(2 * LINES_PER_CHUNK + 5).map((key) => ({ key, text: key })));
    const chunks = () => [...list.children].map((c) => c.querySelectorAll('li').length);
    expect(chunks()).toEqual([LINES_PER_CHUNK, LINES_PER_CHUNK, 5]);
    expect(texts()).toEqual(keys(2 * LINES_PER_CHUNK + 5));
    // A line gone from the first chunk: the later lines move up, in order; the last chunk shrinks.
    const fewer = keys(2 * LINES_PER_CHUNK + 5).filter((k) => k !== 'k3');
    lines.render(fewer.map((key) => ({ key, text: key })));
    expect(texts()).toEqual(fewer);
    expect(chunks()).toEqual([LINES_PER_CHUNK, LINES_PER_CHUNK, 4]);
    lines.render(fewer.slice(0, LINES_PER_CHUNK).map((key) => ({ key, text: key })));
    expect(chunks()).toEqual([LINES_PER_CHUNK]);
    lines.render([]);
    expect(texts()).toEqual(['No work']);
    expect(list.children.length).toBe(1);
  });

  it('is one list of lines to assistive technology: the chunks are presentational', () => {
    lines.render(Array.from({ length: LINES_PER_CHUNK + 1 }, (_, i) => ({ key: `k${i}`, text: `line ${i}` })));
    const wrappers = [...list.querySelectorAll('[role=none]')];
    expect(wrappers.length).toBe(4);
    expect(list.querySelectorAll('li[data-work-id]').length).toBe(LINES_PER_CHUNK + 1);
    expect(wrappers.every((w) => !w.hasAttribute('data-work-id'))).toBeTrue();
  });
});
