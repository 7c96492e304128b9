/** One step of the world around the sync when the console answers in its own time. */
export type AsyncOp =
  | { readonly op: 'humanDc'; readonly value: string }
  | { readonly op: 'humanOmni'; readonly value: string }
  /** The call in flight reaches the console: a write changes it, a check reads it. */
  | { readonly op: 'land' }
  /** The answer of the call in flight reaches omni-mfe (once it landed); the next call goes out. */
  | { readonly op: 'answer' }
  /** The console's next presence event reaches the adapter. */
  | { readonly op: 'deliver' }
  /** The console's next presence event will be delivered twice. */
  | { readonly op: 'duplicate' }
  /** The link drops: the calls on it fail, the events on their way are lost (sync-async-link.ts). */
  | { readonly op: 'drop' }
  /** The link is back: a new session, whose read goes out. */
  | { readonly op: 'reconnect' }
  /** The read in flight reaches the console, or (once it did) its answer reaches omni-mfe. */
  | { readonly op: 'read' };

/** A choice of the agent's, on one side. */
export interface Action {
  readonly side: 'dc' | 'omni';
  readonly value: string;
}
