import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import type { OmniEvent } from '@shared/protocol/events.schema';
import type { RequestType } from '@shared/protocol/requests.schema';
import { LinkError } from '../link-error';
import { ConsoleLink, provideConsoleLink } from '../console-link';
import { CONSOLE_TRANSPORT, type ConsoleTransport } from '../console-transport';
import { readConsole, type ConsoleSnapshot } from './console-snapshot';

const BUSY = { statusId: '0N5000000000003', statusName: 'Busy', statusApiName: 'Busy', channels: [] };
const AVAILABLE = { ...BUSY, statusId: '0N5000000000001', statusName: 'Available', statusApiName: 'Available' };
const work = (n: number) => ({
  workId: `0Bz00000000000${n}`,
  workItemId: `50000000000000${n}`,
  type: 'Case' as const,
  status: 'Assigned' as const,
  isEngaged: false,
});
const ANSWERS: Record<string, unknown> = {
  getPresence: { loggedIn: true, status: AVAILABLE },
  getStatuses: { statuses: [AVAILABLE, BUSY] },
  getAgentWorks: { works: [work(1)] },
  getWorkload: { configuredCapacity: 10, currentWorkload: 1 },
};

describe('reading the console while its events keep coming', () => {
  let events$: Subject<OmniEvent>;
  let answer: Record<string, (ok: boolean) => Promise<void>>;
  let link: ConsoleLink;
  let seen: string[];

  beforeEach(() => {
    events$ = new Subject<OmniEvent>();
    answer = {};
    const transport: Partial<ConsoleTransport> = {
      events$,
      stop: () => undefined,
      request: (type: RequestType) =>
        new Promise((resolve, reject) => {
          answer[type] = async (ok) => {
            if (ok) resolve(ANSWERS[type] as never);
            else reject(new LinkError('console', `The Salesforce console refused ${type}.`));
            await Promise.resolve();
          };
        }),
    };
    TestBed.configureTestingModule({
      providers: [provideConsoleLink(), { provide: CONSOLE_TRANSPORT, useValue: transport }],
    });
    link = TestBed.inject(ConsoleLink);
    seen = [];
    link.events$.subscribe((e) =>
      seen.push(e.type === 'presenceChanged' ? `presence ${e.payload.statusName}` : e.type),
    );
  });

  const presence = (status: typeof BUSY): OmniEvent => ({ type: 'presenceChanged', payload: status });
  const assigned = (n: number): OmniEvent => ({ type: 'workAssigned', payload: work(n) });

  it('passes on, after the snapshot, only the events its answers did not include yet', async () => {
    readConsole(link).subscribe((s: ConsoleSnapshot) => seen.push(`snapshot ${s.status?.statusName}`));
    events$.next(presence(BUSY)); // before the presence answer: the answer includes it...
    events$.next(presence(AVAILABLE)); // ...and this one, the latest: passed on, it changes nothing
    await answer['getPresence'](true);
    events$.next(assigned(1)); // before the works answer: the answer includes it
    events$.next(presence(BUSY)); // after the presence answer: the snapshot does not show it
    await answer['getAgentWorks'](true);
    events$.next(assigned(2)); // after the works answer
    events$.next({ type: 'connectionError', payload: { message: 'lost' } }); // never held
    await answer['getStatuses'](true);
    expect(seen).toEqual(['connectionError']);
    await answer['getWorkload'](true);
    expect(seen).toEqual([
      'connectionError',
      'snapshot Available',
      'presence Available',
      'presence Busy',
      'workAssigned',
    ]);
    events$.next(assigned(3));
    expect(seen.at(-1)).toBe('workAssigned');
    expect(seen.length).toBe(6);
  });

  it('a presence answer that comes after a newer presence event does not hide that event', async () => {
    // A loaded console answers late, with the presence as it was when asked (Available); the
    // agent's Busy, chosen meanwhile, was reported before that answer came.
    readConsole(link).subscribe((s: ConsoleSnapshot) => seen.push(`snapshot ${s.status?.statusName}`));
    events$.next(presence(BUSY));
    for (const type of ['getPresence', 'getStatuses', 'getAgentWorks', 'getWorkload']) await answer[type](true);
    expect(seen).toEqual(['snapshot Available', 'presence Busy']);
  });

  it('a read that fails passes on every event it held, in order', async () => {
    readConsole(link).subscribe({ error: (err: Error) => seen.push(`failed: ${err.message}`) });
    await answer['getPresence'](true);
    events$.next(presence(BUSY));
    events$.next(assigned(2));
    await answer['getAgentWorks'](false);
    expect(seen).toEqual(['presence Busy', 'workAssigned', 'failed: The Salesforce console refused getAgentWorks.']);
  });

  it('a read dropped for a newer one passes on what it held; the newer one holds from then on', async () => {
    const first = readConsole(link).subscribe();
    events$.next(presence(BUSY));
    first.unsubscribe();
    expect(seen).toEqual(['presence Busy']);
    readConsole(link).subscribe();
    events$.next(presence(AVAILABLE));
    expect(seen).toEqual(['presence Busy']);
  });
});
