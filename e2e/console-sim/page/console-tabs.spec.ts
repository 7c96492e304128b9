import { ConsoleTabs } from './console-tabs';
import { LINES_PER_CHUNK } from './keyed-lines';

describe("the console's tabs", () => {
  let host: HTMLElement;
  let tabs: ConsoleTabs;
  const names = () => [...host.querySelectorAll('[role=tab]')].map((t) => t.textContent);
  const chunks = () =>
    [...host.querySelectorAll('[role=tablist] > *')].map((c) => c.querySelectorAll('[role=tab]').length);
  const selected = () => host.querySelector('[role=tab][aria-selected=true]')?.textContent;
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `500${String(i).padStart(4, '0')}`);

  beforeEach(() => {
    host = document.createElement('section');
    document.body.append(host);
    tabs = new ConsoleTabs(host);
  });
  afterEach(() => host.remove());

  it('opens one tab per record, in order, in chunks; the last opened is selected', () => {
    ids(LINES_PER_CHUNK + 6).forEach((id) => tabs.open(`/${id}`));
    expect(names()).toEqual(ids(LINES_PER_CHUNK + 6));
    expect(chunks()).toEqual([LINES_PER_CHUNK, 6]);
    expect(selected()).toBe(ids(LINES_PER_CHUNK + 6).at(-1));
    tabs.open(`/${ids(1)[0]}`);
    expect(names().length).toBe(LINES_PER_CHUNK + 6);
    expect(selected()).toBe(ids(1)[0]);
  });

  it('closes a tab where it is, keeps the order, and opens the next at the end', () => {
    const all = ids(LINES_PER_CHUNK + 1);
    all.forEach((id) => tabs.open(`/${id}`));
    expect(tabs.close(all[2])).toBeTrue();
    expect(tabs.close(all[LINES_PER_CHUNK])).toBeTrue();
    expect(names()).toEqual(all.filter((_, i) => i !== 2 && i !== LINES_PER_CHUNK));
    expect(chunks()).toEqual([LINES_PER_CHUNK - 1]);
    tabs.open('/5009999');
    expect(names().at(-1)).toBe('5009999');
    expect(tabs.recordIds).toEqual(names() as string[]);
    expect(tabs.close('nothing')).toBeFalse();
  });
});
