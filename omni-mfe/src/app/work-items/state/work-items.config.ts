import { inject, InjectionToken } from '@angular/core';
import type { StoreConfig } from '@ngrx/store';
import { DECLINE_REASONS } from '../decline-reasons.token';
import { initialWorkItemsState, type WorkItemsState } from './work-items.state';

/**
 * The work-items slice starts with the mount's decline reason codes, so that the reducer, which
 * decides every Decline, judges the agent's answers by the same codes the dialog offers.
 */
export const WORK_ITEMS_STORE_CONFIG = new InjectionToken<StoreConfig<WorkItemsState>>('WORK_ITEMS_STORE_CONFIG', {
  factory: () => ({ initialState: initialWorkItemsState(inject(DECLINE_REASONS)) }),
});
