import type { AgentWork } from '@shared/protocol/console-data.schema';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import {
  OmniWorkEvents,
  ReasonCodeDialogActions,
  WorkItemApiActions,
  WorkItemPanelActions,
} from './work-items.actions';
import { workItemsFeature, type WorkItemsState } from './work-items.feature';
import { initialWorkItemsState } from './work-items.state';

describe('workItems reducer (entity)', () => {
  const reducer = workItemsFeature.reducer;
  const reasons = { ok: true as const, reasons: { required: true, codes: [{ id: 'busy', label: 'Busy' }] } };
  const initial = initialWorkItemsState(reasons);
  const kase: AgentWork = {
    workId: '0Bz000000000001',
    workItemId: '500000000000001',
    isEngaged: false,
    type: 'Case',
    label: 'Printer on fire',
    priority: 1,
    assignedAt: 10,
    pushDeadline: 30010,
  };
  const chat: AgentWork = {
    workId: '0Bz000000000002',
    workItemId: '570000000000002',
    isEngaged: false,
    assignedAt: 20,
  };
  const all = (s: WorkItemsState) => workItemsFeature.selectAllWorkItems.projector(s);
  const withItems = () => [kase, chat].reduce((s, work) => reducer(s, OmniWorkEvents.workAssigned({ work })), initial);

  it('adds an assigned item, counts the arrival and announces it', () => {
    const state = reducer(initial, OmniWorkEvents.workAssigned({ work: kase }));
    expect(all(state).map((i) => [i.workId, i.type, i.label, i.status])).toEqual([
      [kase.workId, 'Case', 'Printer on fire', 'Assigned'],
    ]);
    expect(state.arrivals).toBe(1);
    expect(state.announcement).toBe('New Case: Printer on fire');
  });

  it('names an item without console data by its record id prefix', () => {
    const state = reducer(initial, OmniWorkEvents.workAssigned({ work: chat }));
    expect(all(state)[0]).toEqual(jasmine.objectContaining({ type: 'Chat', label: 'Chat 570000000000002' }));
  });

  it('does not double an item assigned twice (a replayed event)', () => {
    const state = reducer(withItems(), OmniWorkEvents.workAssigned({ work: kase }));
    expect(all(state).length).toBe(2);
    expect(state.arrivals).toBe(2);
  });

  it('starts a call by turning its item busy and recording it; a second click starts nothing', () => {
    const state = reducer(withItems(), WorkItemPanelActions.acceptClicked({ workId: kase.workId }));
    expect(state.entities[kase.workId]?.busy).toBe('accept');
    expect(state.started).toEqual({ item: all(withItems())[0], call: 'accept' });
    expect(reducer(state, WorkItemPanelActions.acceptClicked({ workId: kase.workId }))).toBe(state);
    expect(reducer(state, WorkItemPanelActions.declineClicked({ workId: kase.workId }))).toBe(state);
  });

  it('decides the decline dialog: asked, missing a code, cancelled, started, or gone with its item', () => {
    let state = reducer(withItems(), WorkItemPanelActions.declineClicked({ workId: chat.workId }));
    expect(state.question).toEqual({ workId: chat.workId, missing: false });
    state = reducer(state, ReasonCodeDialogActions.declineSubmitted({ workId: chat.workId, reason: null }));
    expect(state.question).toEqual({ workId: chat.workId, missing: true });
    expect(state.started).toBeNull();
    expect(reducer(state, ReasonCodeDialogActions.cancelled({ workId: chat.workId })).question).toBeNull();
    // A decline that starts closes the dialog; an item that times out takes its dialog with it.
    const declining = reducer(state, ReasonCodeDialogActions.declineSubmitted({ workId: chat.workId, reason: 'busy' }));
    expect(declining.question).toBeNull();
    expect(declining.started).toEqual(jasmine.objectContaining({ call: 'decline', reason: 'busy' }));
    expect(declining.entities[chat.workId]?.busy).toBe('decline');
    expect(reducer(state, OmniWorkEvents.pushTimedOut({ workId: chat.workId })).question).toBeNull();
    expect(reducer(state, OmniWorkEvents.pushTimedOut({ workId: kase.workId })).question).toEqual({
      workId: chat.workId,
      missing: true,
    });
  });

  it('asks nothing without valid reason codes', () => {
    const none = [kase].reduce(
      (s, work) => reducer(s, OmniWorkEvents.workAssigned({ work })),
      initialWorkItemsState({ ok: false, problem: 'No decline reason codes are configured.' }),
    );
    expect(reducer(none, WorkItemPanelActions.declineClicked({ workId: kase.workId }))).toBe(none);
  });

  it('accepted items stay (Close is next); declined and closed ones leave', () => {
    let state = reducer(withItems(), WorkItemApiActions.acceptSucceeded({ workId: kase.workId }));
    expect(state.entities[kase.workId]).toEqual(jasmine.objectContaining({ status: 'Opened', busy: null }));
    state = reducer(state, WorkItemApiActions.declineSucceeded({ workId: chat.workId }));
    // The console's own event for it finds nothing left to remove.
    expect(reducer(state, OmniWorkEvents.workDeclined({ workId: chat.workId }))).toBe(state);
    state = reducer(state, OmniWorkEvents.workClosed({ workId: kase.workId }));
    expect(all(state)).toEqual([]);
  });

  it("a refused call waits for the console's read: gone items leave, saying so; the others stay", () => {
    let state = [kase.workId, chat.workId].reduce(
      (s, workId) => reducer(s, WorkItemPanelActions.acceptClicked({ workId })),
      withItems(),
    );
    state = reducer(state, WorkItemApiActions.callFailed({ workId: chat.workId, message: 'refused' }));
    expect(state.entities[chat.workId]?.busy).toBe('accept');
    expect(state.notice).toBeNull();
    const snapshot = {
      loggedIn: true,
      status: null,
      statuses: [],
      workload: { configuredCapacity: 5, currentWorkload: 0 },
    };
    const kept = reducer(
      state,
      ConsoleLinkActions.consoleRead({ snapshot: { ...snapshot, works: [kase, chat] }, at: 0 }),
    );
    expect(kept.entities[chat.workId]?.busy).toBeNull();
    expect(kept.notice).toBe('refused');
    expect(kept.refused).toEqual([]);
    const gone = reducer(state, ConsoleLinkActions.consoleRead({ snapshot: { ...snapshot, works: [kase] }, at: 0 }));
    expect(all(gone).map((i) => i.workId)).toEqual([kase.workId]);
    expect(gone.notice).toBe('Chat “Chat 570000000000002” is no longer yours: it timed out or was withdrawn.');
    // A later read, not asked for by a refusal, says nothing.
    expect(reducer(gone, ConsoleLinkActions.consoleRead({ snapshot: { ...snapshot, works: [] }, at: 0 })).notice).toBe(
      gone.notice,
    );
  });

  it('a refused call whose read fails stays, to try again', () => {
    let state = reducer(withItems(), WorkItemPanelActions.acceptClicked({ workId: kase.workId }));
    state = reducer(state, WorkItemApiActions.callFailed({ workId: kase.workId, message: 'refused' }));
    state = reducer(state, ConsoleLinkActions.consoleReadFailed({ message: 'no answer', attempt: 1, retryInMs: 500 }));
    expect(state.entities[kase.workId]?.busy).toBeNull();
    expect(state.notice).toBe('refused');
    expect(state.refused).toEqual([]);
  });

  it('a push timeout removes the item and says so', () => {
    const state = reducer(withItems(), OmniWorkEvents.pushTimedOut({ workId: kase.workId }));
    expect(all(state).map((i) => i.workId)).toEqual([chat.workId]);
    expect(state.notice).toBe('Case “Printer on fire” was not accepted in time and went back to the queue.');
  });

  it("a read replaces the items with the console's truth", () => {
    const state = reducer(
      withItems(),
      ConsoleLinkActions.consoleRead({
        snapshot: {
          loggedIn: true,
          status: null,
          statuses: [],
          works: [{ ...chat, isEngaged: true }],
          workload: { configuredCapacity: 10, currentWorkload: 1 },
        },
        at: 0,
      }),
    );
    expect(all(state).map((i) => [i.workId, i.status])).toEqual([[chat.workId, 'Opened']]);
  });

  it('lists items oldest first', () => {
    const state = [chat, kase].reduce((s, work) => reducer(s, OmniWorkEvents.workAssigned({ work })), initial);
    expect(all(state).map((i) => i.workId)).toEqual([kase.workId, chat.workId]);
  });
});
