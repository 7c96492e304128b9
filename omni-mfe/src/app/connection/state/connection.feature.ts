import { createFeature, createReducer, on } from '@ngrx/store';
import type { AdapterName } from '@shared/bridge/envelope';
import type { ConnectionStatus } from '../../console-bridge/connection-state';
import { ConsoleBridgeActions } from './connection.actions';

export interface ConnectionSliceState {
  readonly status: ConnectionStatus;
  readonly adapter: AdapterName | null;
  readonly attempts: number;
  /** How many times the console's truth has been read; support uses it to spot flapping. */
  readonly resyncs: number;
  readonly resyncError: string | null;
}

const initialState: ConnectionSliceState = { status: 'connecting', adapter: null, attempts: 0, resyncs: 0, resyncError: null };

export const connectionFeature = createFeature({
  name: 'connection',
  reducer: createReducer(
    initialState,
    on(ConsoleBridgeActions.statusChanged, (state, { state: s }) => ({ ...state, status: s.status, adapter: s.adapter, attempts: s.attempts })),
    on(ConsoleBridgeActions.resynced, (state) => ({ ...state, resyncs: state.resyncs + 1, resyncError: null })),
    on(ConsoleBridgeActions.resyncFailed, (state, { message }) => ({ ...state, resyncError: message })),
  ),
});
