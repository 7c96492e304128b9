import type { AgentWork } from '@shared/bridge/console-data.schema';
import { ConsoleLinkActions } from '../../console-link/state/console-link.actions';
import { OmniWorkEvents, ReasonCodeDialogActions, WorkItemApiActions } from './work-items.actions';
import { workItemsFeature, type WorkItemsState } from './work-items.feature';

describe('workItems reducer (entity)', () => {
  const reducer = workItemsFeature.reducer;
  const initial = reducer(undefined, { type: '@@init' });
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

  it('records a call in flight on its item', () => {
    const state = reducer(withItems(), WorkItemApiActions.callStarted({ workId: kase.workId, call: 'accept' }));
    expect(state.entities[kase.workId]?.busy).toBe('accept');
  });

  it("holds the decline dialog's state: asked, missing a code, cancelled, or gone with its item", () => {
    let state = reducer(withItems(), WorkItemApiActions.reasonAsked({ workId: chat.workId }));
    expect(state.question).toEqual({ workId: chat.workId, missing: false });
    state = reducer(state, WorkItemApiActions.reasonMissing({ workId: chat.workId }));
    expect(state.question).toEqual({ workId: chat.workId, missing: true });
    expect(reducer(state, ReasonCodeDialogActions.cancelled({ workId: chat.workId })).question).toBeNull();
    // A decline that starts closes the dialog; an item that times out takes its dialog with it.
    expect(
      reducer(state, WorkItemApiActions.callStarted({ workId: chat.workId, call: 'decline' })).question,
    ).toBeNull();
    expect(reducer(state, OmniWorkEvents.pushTimedOut({ workId: chat.workId })).question).toBeNull();
    expect(reducer(state, OmniWorkEvents.pushTimedOut({ workId: kase.workId })).question).toEqual({
      workId: chat.workId,
      missing: true,
    });
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

  it('a failure clears the spinner and tells why; a gone item leaves the panel', () => {
    let state = reducer(withItems(), WorkItemApiActions.callStarted({ workId: kase.workId, call: 'accept' }));
    state = reducer(
      state,
      WorkItemApiActions.callFailed({ workId: kase.workId, call: 'accept', message: 'refused', gone: false }),
    );
    expect(state.entities[kase.workId]?.busy).toBeNull();
    expect(state.notice).toBe('refused');
    state = reducer(
      state,
      WorkItemApiActions.callFailed({ workId: chat.workId, call: 'accept', message: 'gone', gone: true }),
    );
    expect(state.entities[chat.workId]).toBeUndefined();
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
