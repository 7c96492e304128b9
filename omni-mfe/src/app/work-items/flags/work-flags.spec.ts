import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { NEVER, of, throwError, type Observable } from 'rxjs';
import type { AgentWork } from '@shared/protocol/console-data.schema';
import { ConsoleLink } from '../../console-link/console-link';
import { LinkError } from '../../console-link/link-error';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import type { ConsoleSnapshot } from '../../console-link/state/console-snapshot';
import { DECLINE_REASONS } from '../decline-reasons.token';
import { OmniWorkEvents, ReasonCodeDialogActions, WorkItemPanelActions } from '../state/work-items.actions';
import { WORK_ITEMS_STORE_CONFIG } from '../state/work-items.config';
import { workItemsFeature } from '../state/work-items.feature';
import { flagAction } from './work-flag-events';
import { carryOutWorkCalls } from '../state/work-items.effects';

/** Raising and lowering through the real store, reducers and effect, with the console faked. */
describe('work flags', () => {
  const kase: AgentWork = {
    workId: '0Bz000000000001',
    workItemId: '500000000000001',
    isEngaged: true,
    type: 'Case',
    label: 'Printer on fire',
  };
  const snapshot = (works: AgentWork[]): ConsoleSnapshot => ({
    loggedIn: true,
    status: null,
    statuses: [],
    works,
    workload: { configuredCapacity: 10, currentWorkload: 1 },
  });
  let store: Store;
  let requests: [string, unknown][];
  let answers: Record<string, () => Observable<unknown>>;

  beforeEach(() => {
    [requests, answers] = [[], {}];
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideState(workItemsFeature.name, workItemsFeature.reducer, WORK_ITEMS_STORE_CONFIG),
        provideEffects({ carryOutWorkCalls }),
        {
          provide: ConsoleLink,
          useValue: { request: (t: string, p: unknown) => (requests.push([t, p]), (answers[t] ?? (() => of({})))()) },
        },
        { provide: DECLINE_REASONS, useValue: { ok: true, reasons: { required: false, codes: [] } } },
      ],
    });
    store = TestBed.inject(Store);
    store.dispatch(OmniWorkEvents.workAssigned({ work: kase }));
  });
  /** The flags' part of the work-items slice. */
  const flags = () => {
    const { flags, asking, flagBusy } = read(workItemsFeature.selectWorkItemsState);
    return { flags, asking, busy: flagBusy };
  };
  const notice = (): string | null => read(workItemsFeature.selectNotice);
  function read<T>(selector: (s: object) => T): T {
    let value!: T;
    store
      .select(selector)
      .subscribe((x) => (value = x))
      .unsubscribe();
    return value;
  }
  const raise = (message: string) => {
    store.dispatch(WorkItemPanelActions.raiseFlagClicked({ workId: kase.workId }));
    store.dispatch(ReasonCodeDialogActions.raiseFlagSubmitted({ workId: kase.workId, message }));
  };

  it('raises a flag with its message once the console accepted it', () => {
    store.dispatch(WorkItemPanelActions.raiseFlagClicked({ workId: kase.workId }));
    expect(flags().asking).toBe(kase.workId);
    raise('  Customer wants a refund  ');
    expect(requests).toEqual([['raiseFlag', { workId: kase.workId, message: 'Customer wants a refund' }]]);
    expect(flags().flags[kase.workId]).toEqual({ state: 'raised', message: 'Customer wants a refund' });
    expect(flags().asking).toBeNull();
  });

  it('sends no raise without a message, or with one over the limit', () => {
    raise('   ');
    raise('x'.repeat(256));
    expect(requests).toEqual([]);
    expect(flags().flags).toEqual({});
  });

  it('leaves the flag as the console has it when a raise is refused, and tells the agent why', () => {
    answers['raiseFlag'] = () => throwError(() => new LinkError('console', 'The Salesforce console refused it.'));
    raise('Help');
    expect(flags().flags).toEqual({});
    expect(flags().busy).toEqual([]);
    expect(notice()).toBe(
      'The flag on Case “Printer on fire” could not be raised: The Salesforce console refused it. Try again.',
    );
  });

  it('keeps a raised flag while a lower is refused (the relay went away), and waits meanwhile', () => {
    raise('Help');
    answers['lowerFlag'] = () => NEVER;
    store.dispatch(WorkItemPanelActions.lowerFlagClicked({ workId: kase.workId }));
    expect(flags().busy).toEqual([kase.workId]);
    store.dispatch(WorkItemPanelActions.lowerFlagClicked({ workId: kase.workId }));
    expect(requests.filter(([t]) => t === 'lowerFlag').length).toBe(1);
    expect(flags().flags[kase.workId]).toEqual({ state: 'raised', message: 'Help' });
  });

  it('shows a supervisor lowering the flag, and drops it when the agent lowers it', () => {
    raise('Help');
    store.dispatch(
      flagAction({ type: 'workFlagChanged', payload: { workId: kase.workId, isFlagged: false, role: 'SUPERVISOR' } })!,
    );
    expect(flags().flags[kase.workId]).toEqual({ state: 'lowered-by-supervisor' });
    raise('Again');
    store.dispatch(WorkItemPanelActions.lowerFlagClicked({ workId: kase.workId }));
    expect(flags().flags).toEqual({});
  });

  it('keeps the flag across a resync that still lists the item (the toolkit cannot read flags back)', () => {
    raise('Help');
    store.dispatch(ConsoleLinkActions.consoleRead({ snapshot: snapshot([kase]), at: 1 }));
    expect(flags().flags[kase.workId]).toEqual({ state: 'raised', message: 'Help' });
    store.dispatch(ConsoleLinkActions.consoleRead({ snapshot: snapshot([]), at: 2 }));
    expect(flags().flags).toEqual({});
  });

  it("drops a closed item's flag", () => {
    raise('Help');
    store.dispatch(OmniWorkEvents.workClosed({ workId: kase.workId }));
    expect(flags().flags).toEqual({});
  });
});
