import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import type { OmniEvent } from '@shared/protocol/events.schema';
import { ConsoleLink } from './console-link/console-link';
import { ConsoleLinkActions } from './console-link/state/console-link.actions';
import { relayConsoleEvents } from './console-events.effects';
import { OmniWorkEvents } from './work-items/state/work-items.actions';

const anyTime = jasmine.any(Number) as unknown as number;

describe('relayConsoleEvents effect', () => {
  it("relays each console event as its feature's action, Omni-Channel's connection error as the link's (which then reads the console again)", () => {
    const events$ = new Subject<OmniEvent>();
    TestBed.configureTestingModule({ providers: [{ provide: ConsoleLink, useValue: { events$ } }] });
    const seen: unknown[] = [];
    const relay = TestBed.runInInjectionContext(() => relayConsoleEvents()).subscribe((a) => seen.push(a));
    events$.next({ type: 'workAccepted', payload: { workId: '0Bz000000000001', workItemId: '500000000000001' } });
    events$.next({ type: 'connectionError', payload: { message: 'Omni-Channel lost its connection.' } });
    relay.unsubscribe();
    expect(seen).toEqual([
      OmniWorkEvents.workAccepted({ workId: '0Bz000000000001' }),
      ConsoleLinkActions.connectionErrorReported({ message: 'Omni-Channel lost its connection.', at: anyTime }),
    ]);
  });
});
