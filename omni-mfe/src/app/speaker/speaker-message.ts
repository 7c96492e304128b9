import type { PresenceState } from '../presence/state/presence.feature';
import type { ReasonCodeDialogActions, WorkItemPanelActions } from '../work-items/state/work-items.actions';
import type { WorkItemsState } from '../work-items/state/work-items.state';

/**
 * What followers show as the speaker has it: the whole presence slice (presence, sync status and
 * log) and the work items, without the parts that are this tab's own view (panel, dialog, notice).
 */
export interface Mirrored {
  readonly presence: PresenceState;
  readonly workItems: Pick<WorkItemsState, 'ids' | 'entities' | 'arrivals' | 'announcement'>;
}

/** A work click a follower passes to the speaker, which carries it out in its own console. */
export type ForwardedClick =
  | ReturnType<typeof WorkItemPanelActions.acceptClicked>
  | ReturnType<typeof WorkItemPanelActions.closeClicked>
  | ReturnType<typeof ReasonCodeDialogActions.declineSubmitted>;

/** Between the omni-mfes of one agent and org: state from the speaker, clicks to it, a newcomer's hello. */
export type SpeakerMessage =
  | { readonly kind: 'state'; readonly state: Mirrored }
  | { readonly kind: 'click'; readonly action: ForwardedClick }
  | { readonly kind: 'hello' };
