import type { RaisedFlag } from '../control-org';
import { SupervisorFlags } from './supervisor-flags';

describe("the supervisor's view of raised flags", () => {
  let host: HTMLElement;
  let flags: RaisedFlag[];
  let lowered: string[];

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    flags = [];
    lowered = [];
  });
  afterEach(() => host.remove());

  it('lists each raised flag with its message, and "Lower flag" lowers that one', () => {
    const view = new SupervisorFlags(
      host,
      () => flags,
      (id) => lowered.push(id),
    );
    const list = host.querySelector('[aria-label="Raised flags"]')!;
    expect(host.querySelector('section')!.getAttribute('aria-label')).toBe('Supervisor');
    expect(list.textContent).toBe('No raised flags');
    flags = [
      {
        workId: '0Bz000000000002',
        workItemId: '500000000000001',
        subject: 'Printer on fire',
        raisedBy: 'AGENT',
        message: 'Angry customer',
      },
      { workId: '0Bz000000000004', workItemId: '570000000000003', subject: 'Chat 3', raisedBy: 'AGENT' },
    ];
    view.render();
    const items = [...list.querySelectorAll('li')];
    expect(items.map((li) => li.firstChild!.textContent)).toEqual([
      'Printer on fire — Angry customer (raised by the agent)',
      'Chat 3 — no message (raised by the agent)',
    ]);
    items[1].querySelector('button')!.click();
    expect(items[1].querySelector('button')!.textContent).toBe('Lower flag');
    expect(lowered).toEqual(['570000000000003']);
  });
});
