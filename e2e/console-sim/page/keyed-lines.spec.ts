import { KeyedLines } from './keyed-lines';

describe('a list kept by key', () => {
  let list: HTMLElement;
  let lines: KeyedLines;
  const texts = () => [...list.children].map((li) => li.textContent);
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
    return Promise.resolve().then(() => expect(added).toEqual([byKey('c')!]));
  });

  it('removes the lines of keys that went, and follows a new order', () => {
    lines.render(['a', 'b', 'c'].map((key) => ({ key, text: key })));
    lines.render(['c', 'a'].map((key) => ({ key, text: key })));
    expect(texts()).toEqual(['c', 'a']);
    lines.render(['b', 'c'].map((key) => ({ key, text: key })));
    expect(texts()).toEqual(['b', 'c']);
    expect(list.querySelectorAll('[data-work-id="a"]').length).toBe(0);
  });
});
