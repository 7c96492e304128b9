import type { DeclineReasonsCheck } from '@shared/contracts/decline-reasons';
import type { ItemCall } from './work-items.actions';
import type { WorkItem } from './work-item';
import { setBusy, type DeclineQuestion, type WorkCallStart, type WorkItemsState } from './work-items.state';

/** What the agent asked for: a click in the panel or an answer in the dialog. */
export type WorkIntent =
  | { readonly kind: 'accept' | 'close' | 'ask-reason'; readonly workId: string }
  | { readonly kind: 'decline'; readonly workId: string; readonly reason: string | null };

export type WorkDecision =
  /** The item is gone, a call for it is in flight, or the click no longer fits it: nothing happens. */
  | { readonly kind: 'ignore' }
  | { readonly kind: 'ask-reason'; readonly workId: string }
  | { readonly kind: 'reason-missing'; readonly workId: string }
  | { readonly kind: 'call'; readonly call: ItemCall; readonly item: WorkItem; readonly reason?: string };

/**
 * The one guard against double actions and the one place a required reason code is enforced:
 * a call starts only for an item that is there, in the right status, with no call in flight
 * (its `busy`, set by the reducer in the same step that starts the call).
 */
export function decideWorkAction(
  item: WorkItem | undefined,
  question: DeclineQuestion | null,
  reasons: DeclineReasonsCheck,
  intent: WorkIntent,
): WorkDecision {
  if (!item || item.busy) return { kind: 'ignore' };
  switch (intent.kind) {
    case 'accept':
      return item.status === 'Assigned' ? { kind: 'call', call: 'accept', item } : { kind: 'ignore' };
    case 'close':
      return item.status === 'Opened' ? { kind: 'call', call: 'close', item } : { kind: 'ignore' };
    case 'ask-reason':
      // Without valid reason codes Decline is disabled, and the panel says why.
      return item.status !== 'Assigned' || question || !reasons.ok
        ? { kind: 'ignore' }
        : { kind: 'ask-reason', workId: item.workId };
    case 'decline': {
      if (question?.workId !== item.workId || !reasons.ok) return { kind: 'ignore' };
      const known = intent.reason !== null && reasons.reasons.codes.some((c) => c.id === intent.reason);
      if (!known && (reasons.reasons.required || intent.reason !== null))
        return { kind: 'reason-missing', workId: item.workId };
      return { kind: 'call', call: 'decline', item, ...(known ? { reason: intent.reason as string } : {}) };
    }
  }
}

/**
 * What the reducer records for an intent: the dialog's question, or a started call (its item
 * turns busy and `started` names the call, which the effect then sends).
 */
export function applyIntent(state: WorkItemsState, intent: WorkIntent): WorkItemsState {
  const decision = decideWorkAction(state.entities[intent.workId], state.question, state.reasons, intent);
  switch (decision.kind) {
    case 'ignore':
      return state;
    case 'ask-reason':
      return { ...state, notice: null, question: { workId: decision.workId, missing: false } };
    case 'reason-missing':
      return { ...state, question: { workId: decision.workId, missing: true } };
    case 'call': {
      const { item, call, reason } = decision;
      const started: WorkCallStart = { item, call, ...(reason === undefined ? {} : { reason }) };
      // A decline that starts closes its dialog; any other call leaves an open dialog alone.
      const question = call === 'decline' ? null : state.question;
      return setBusy({ ...state, notice: null, question, started }, item.workId, call);
    }
  }
}
