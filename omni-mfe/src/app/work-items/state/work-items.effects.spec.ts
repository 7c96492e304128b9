import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, of, Subject, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { BridgeError } from '../../console-bridge/bridge-error';
import { ConsoleBridge } from '../../console-bridge/console-bridge';
import { DECLINE_REASONS } from '../decline-reasons.token';
import { ReasonCodePrompt } from '../reason-code-prompt';
import { workItemFrom } from './work-item';
import { ConsoleApiActions, WorkItemPanelActions } from './work-items.actions';
import { acceptWork, askDeclineReason, closeWork, declineWork } from './work-items.effects';
import { workItemsFeature } from './work-items.feature';

describe('work item effects', () => {
  const item = workItemFrom({ workId: '0Bz000000000001', workItemId: '500000000000001', isEngaged: false, type: 'Case', label: 'Printer on fire' });
  let scheduler: TestScheduler;
  let actions$: Observable<unknown>;
  let requests: string[];
  let answers: Record<string, () => Observable<unknown>>;
  let dialogResult: Subject<string | undefined>;

  beforeEach(() => {
    scheduler = new TestScheduler((a, e) => expect(a).toEqual(e));
    requests = [];
    answers = {};
    dialogResult = new Subject();
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore(),
        { provide: ConsoleBridge, useValue: { request: (t: string) => (requests.push(t), (answers[t] ?? (() => of({})))()) } },
        { provide: ReasonCodePrompt, useValue: { ask: jasmine.createSpy('ask').and.callFake(() => dialogResult) } },
        { provide: DECLINE_REASONS, useValue: { ok: true, reasons: { required: true, codes: [{ id: 'busy', label: 'Busy' }] } } },
      ],
    });
    TestBed.inject(MockStore).overrideSelector(workItemsFeature.selectEntities, { [item.workId]: item });
  });

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('accepts, opens the record in the console, and reports success', () => {
    scheduler.run(({ hot, cold, expectObservable }) => {
      answers = { acceptWork: () => cold('-a|', { a: {} }), openRecord: () => cold('-o|', { o: {} }) };
      actions$ = hot('-c', { c: WorkItemPanelActions.acceptClicked({ workId: item.workId }) });
      expectObservable(TestBed.runInInjectionContext(() => acceptWork())).toBe('---s', { s: ConsoleApiActions.acceptSuccess({ workId: item.workId }) });
    });
    expect(requests).toEqual(['acceptWork', 'openRecord']);
  });

  it('sends one request for a double click while the first is in flight', () => {
    scheduler.run(({ hot, cold, expectObservable }) => {
      answers = { acceptWork: () => cold('----a|', { a: {} }), openRecord: () => cold('o|', { o: {} }) };
      actions$ = hot('-cc', { c: WorkItemPanelActions.acceptClicked({ workId: item.workId }) });
      expectObservable(TestBed.runInInjectionContext(() => acceptWork())).toBe('-----s', { s: ConsoleApiActions.acceptSuccess({ workId: item.workId }) });
    });
    expect(requests).toEqual(['acceptWork', 'openRecord']);
  });

  it('an accept refused because the item timed out removes it with a clear message', () => {
    scheduler.run(({ hot, cold, expectObservable }) => {
      answers = { acceptWork: () => throwError(() => new BridgeError('console', 'The Salesforce console refused acceptAgentWork.')), getAgentWorks: () => cold('-w|', { w: { works: [] } }) };
      actions$ = hot('-c', { c: WorkItemPanelActions.acceptClicked({ workId: item.workId }) });
      expectObservable(TestBed.runInInjectionContext(() => acceptWork())).toBe('--f', {
        f: ConsoleApiActions.workActionFailure({ workId: item.workId, action: 'accept', gone: true, message: 'Case “Printer on fire” is no longer yours: it timed out or was withdrawn.' }),
      });
    });
  });

  it('an accept refused for another reason keeps the item and says to try again', () => {
    scheduler.run(({ hot, cold, expectObservable }) => {
      answers = { acceptWork: () => throwError(() => new BridgeError('console', 'The Salesforce console refused acceptAgentWork.')), getAgentWorks: () => cold('w|', { w: { works: [{ workId: item.workId }] } }) };
      actions$ = hot('-c', { c: WorkItemPanelActions.acceptClicked({ workId: item.workId }) });
      expectObservable(TestBed.runInInjectionContext(() => acceptWork())).toBe('-f', {
        f: ConsoleApiActions.workActionFailure({ workId: item.workId, action: 'accept', gone: false, message: 'Case “Printer on fire” could not be accepted: The Salesforce console refused acceptAgentWork. Try again.' }),
      });
    });
  });

  it('an accepted item whose record cannot be opened is still accepted, and the agent is told', () => {
    scheduler.run(({ hot, expectObservable }) => {
      answers = { openRecord: () => throwError(() => new BridgeError('console', 'The Salesforce console refused openPrimaryTab.')) };
      actions$ = hot('-c', { c: WorkItemPanelActions.acceptClicked({ workId: item.workId }) });
      expectObservable(TestBed.runInInjectionContext(() => acceptWork())).toBe('-(so)', {
        s: ConsoleApiActions.acceptSuccess({ workId: item.workId }),
        o: ConsoleApiActions.openRecordFailure({ workId: item.workId, message: 'Case “Printer on fire” was accepted, but its record could not be opened: The Salesforce console refused openPrimaryTab.' }),
      });
    });
  });

  it('asks for a reason code in the dialog, then declines with it', () => {
    const seen: unknown[] = [];
    const clicks = new Subject<unknown>();
    actions$ = clicks;
    TestBed.runInInjectionContext(() => askDeclineReason()).subscribe((a) => seen.push(a));
    clicks.next(WorkItemPanelActions.declineClicked({ workId: item.workId }));
    expect(TestBed.inject(ReasonCodePrompt).ask).toHaveBeenCalledTimes(1);
    dialogResult.next('busy');
    expect(seen).toEqual([WorkItemPanelActions.declineConfirmed({ workId: item.workId, reason: 'busy' })]);
    dialogResult.next(undefined);
    expect(seen[1]).toEqual(WorkItemPanelActions.declineCancelled({ workId: item.workId }));
  });

  it('declines through the console', () => {
    scheduler.run(({ hot, cold, expectObservable }) => {
      answers = { declineWork: () => cold('-d|', { d: {} }) };
      actions$ = hot('-d', { d: WorkItemPanelActions.declineConfirmed({ workId: item.workId, reason: 'busy' }) });
      expectObservable(TestBed.runInInjectionContext(() => declineWork())).toBe('--s', { s: ConsoleApiActions.declineSuccess({ workId: item.workId }) });
    });
    expect(requests).toEqual(['declineWork']);
  });

  it('closes through the console', () => {
    scheduler.run(({ hot, cold, expectObservable }) => {
      answers = { closeWork: () => cold('-c|', { c: {} }) };
      actions$ = hot('-x', { x: WorkItemPanelActions.closeClicked({ workId: item.workId }) });
      expectObservable(TestBed.runInInjectionContext(() => closeWork())).toBe('--s', { s: ConsoleApiActions.closeSuccess({ workId: item.workId }) });
    });
    expect(requests).toEqual(['closeWork']);
  });
});
