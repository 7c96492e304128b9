import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store, type Action } from '@ngrx/store';
import { ActionsSubject } from '@ngrx/store';
import { NEVER, Observable, of, throwError } from 'rxjs';
import type { AgentWork } from '@shared/protocol/console-data.schema';
import { LinkError } from '../../console-link/link-error';
import { ConsoleLink } from '../../console-link/console-link';
import { DECLINE_REASONS } from '../decline-reasons.token';
import {
  OmniWorkEvents,
  ReasonCodeDialogActions,
  WorkItemApiActions,
  WorkItemPanelActions,
} from './work-items.actions';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import { WORK_ITEMS_STORE_CONFIG } from './work-items.config';
import { carryOutWorkCalls } from './work-items.effects';
import { workItemsFeature, type WorkItemsState } from './work-items.feature';

/** The work-item decisions and calls through the real store and reducer, with the console faked. */
describe('work item effects in the store', () => {
  const kase: AgentWork = {
    workId: '0Bz000000000001',
    workItemId: '500000000000001',
    isEngaged: false,
    type: 'Case',
    label: 'Printer on fire',
  };
  let store: Store;
  let requests: [string, unknown][];
  let answers: Record<string, () => Observable<unknown>>;
  let seen: Action[];

  function setup(reasons: unknown = { ok: true, reasons: { required: true, codes: [{ id: 'busy', label: 'Busy' }] } }) {
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideState(workItemsFeature.name, workItemsFeature.reducer, WORK_ITEMS_STORE_CONFIG),
        provideEffects({ carryOutWorkCalls }),
        {
          provide: ConsoleLink,
          useValue: { request: (t: string, p: unknown) => (requests.push([t, p]), (answers[t] ?? (() => of({})))()) },
        },
        { provide: DECLINE_REASONS, useValue: reasons },
      ],
    });
    store = TestBed.inject(Store);
    TestBed.inject(ActionsSubject).subscribe((a) => seen.push(a));
    store.dispatch(OmniWorkEvents.workAssigned({ work: kase }));
  }
  const state = (): WorkItemsState => {
    let s!: WorkItemsState;
    store
      .select(workItemsFeature.selectWorkItemsState)
      .subscribe((x) => (s = x))
      .unsubscribe();
    return s;
  };
  const types = () => seen.map((a) => a.type).filter((t) => !/^(@ngrx|\[Omni-Channel Work\])/.test(t));
  /** The console's read, as the link's resync reports it, listing these works. */
  const read = (works: AgentWork[]) =>
    store.dispatch(
      ConsoleLinkActions.consoleRead({
        snapshot: {
          loggedIn: true,
          status: null,
          statuses: [],
          works,
          workload: { configuredCapacity: 5, currentWorkload: 0 },
        },
        at: 0,
      }),
    );

  beforeEach(() => {
    requests = [];
    answers = {};
    seen = [];
  });

  it('accepts, then opens the record in the console', () => {
    setup();
    store.dispatch(WorkItemPanelActions.acceptClicked({ workId: kase.workId }));
    expect(requests).toEqual([
      ['acceptWork', { workId: kase.workId }],
      ['openRecord', { workItemId: kase.workItemId }],
    ]);
    expect(state().entities[kase.workId]).toEqual(jasmine.objectContaining({ status: 'Opened', busy: null }));
  });

  it('a double click sends one request: the item is busy from the first click on', () => {
    setup();
    answers = { acceptWork: () => NEVER };
    store.dispatch(WorkItemPanelActions.acceptClicked({ workId: kase.workId }));
    store.dispatch(WorkItemPanelActions.acceptClicked({ workId: kase.workId }));
    store.dispatch(WorkItemPanelActions.declineClicked({ workId: kase.workId }));
    expect(requests).toEqual([['acceptWork', { workId: kase.workId }]]);
    expect(state().entities[kase.workId]?.busy).toBe('accept');
    expect(state().question).toBeNull();
  });

  it('decline asks for a reason code, insists on a required one, then declines with it, once', () => {
    setup();
    answers = { declineWork: () => NEVER };
    store.dispatch(WorkItemPanelActions.declineClicked({ workId: kase.workId }));
    expect(state().question).toEqual({ workId: kase.workId, missing: false });
    store.dispatch(ReasonCodeDialogActions.declineSubmitted({ workId: kase.workId, reason: null }));
    store.dispatch(ReasonCodeDialogActions.declineSubmitted({ workId: kase.workId, reason: 'made up' }));
    expect(requests).toEqual([]);
    expect(state().question).toEqual({ workId: kase.workId, missing: true });
    store.dispatch(ReasonCodeDialogActions.declineSubmitted({ workId: kase.workId, reason: 'busy' }));
    store.dispatch(ReasonCodeDialogActions.declineSubmitted({ workId: kase.workId, reason: 'busy' }));
    expect(requests).toEqual([['declineWork', { workId: kase.workId, reason: 'busy' }]]);
    expect(state().question).toBeNull();
    // Decided by the reducer: no action of the effects' own before the console answers.
    expect(types()).toEqual([
      WorkItemPanelActions.declineClicked.type,
      ReasonCodeDialogActions.declineSubmitted.type,
      ReasonCodeDialogActions.declineSubmitted.type,
      ReasonCodeDialogActions.declineSubmitted.type,
      ReasonCodeDialogActions.declineSubmitted.type,
    ]);
  });

  it('an optional reason code may be left out; the decline goes without one', () => {
    setup({ ok: true, reasons: { required: false, codes: [{ id: 'busy', label: 'Busy' }] } });
    store.dispatch(WorkItemPanelActions.declineClicked({ workId: kase.workId }));
    store.dispatch(ReasonCodeDialogActions.declineSubmitted({ workId: kase.workId, reason: null }));
    expect(requests).toEqual([['declineWork', { workId: kase.workId }]]);
    expect(state().ids).toEqual([]);
  });

  it('without valid reason codes, Decline asks nothing and sends nothing', () => {
    setup({
      ok: false,
      problem: 'No decline reason codes are configured: Decline is unavailable until the shell provides some.',
    });
    store.dispatch(WorkItemPanelActions.declineClicked({ workId: kase.workId }));
    store.dispatch(ReasonCodeDialogActions.declineSubmitted({ workId: kase.workId, reason: null }));
    expect(state().question).toBeNull();
    expect(requests).toEqual([]);
  });

  it('a refused accept asks the link for a read; an item the read no longer lists leaves, saying so', () => {
    setup();
    answers = {
      acceptWork: () => throwError(() => new LinkError('console', 'The Salesforce console refused acceptAgentWork.')),
    };
    store.dispatch(WorkItemPanelActions.acceptClicked({ workId: kase.workId }));
    expect(requests).toEqual([['acceptWork', { workId: kase.workId }]]);
    expect(types()).toContain(ConsoleLinkActions.readRequested.type);
    // Until the read tells, the item waits: no message that the read may prove wrong.
    expect(state().entities[kase.workId]?.busy).toBe('accept');
    expect(state().notice).toBeNull();
    read([]);
    expect(state().ids).toEqual([]);
    expect(state().notice).toBe('Case “Printer on fire” is no longer yours: it timed out or was withdrawn.');
  });

  it('a refused close of an item the read still lists keeps it and says to try again', () => {
    setup();
    store.dispatch(OmniWorkEvents.workAccepted({ workId: kase.workId }));
    answers = {
      closeWork: () => throwError(() => new LinkError('console', 'The Salesforce console refused closeAgentWork.')),
    };
    store.dispatch(WorkItemPanelActions.closeClicked({ workId: kase.workId }));
    read([{ ...kase, isEngaged: true }]);
    expect(state().entities[kase.workId]).toEqual(jasmine.objectContaining({ status: 'Opened', busy: null }));
    expect(state().notice).toBe(
      'Case “Printer on fire” could not be closed: The Salesforce console refused closeAgentWork. Try again.',
    );
  });

  it('an accepted item whose record cannot be opened is still accepted, and the agent is told', () => {
    setup();
    answers = {
      openRecord: () => throwError(() => new LinkError('console', 'The Salesforce console refused openPrimaryTab.')),
    };
    store.dispatch(WorkItemPanelActions.acceptClicked({ workId: kase.workId }));
    expect(state().entities[kase.workId]?.status).toBe('Opened');
    expect(state().notice).toBe(
      'Case “Printer on fire” was accepted, but its record could not be opened: The Salesforce console refused openPrimaryTab.',
    );
    expect(types()).toContain(WorkItemApiActions.recordOpenFailed.type);
  });
});
