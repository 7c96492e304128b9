/**
 * The Classic toolkit's presence events, with the payloads Salesforce documents
 * (sforce.console.ConsoleEvent.PRESENCE.*). The model emits them; the simulated `sforce`
 * delivers them to listeners.
 */
export type ToolkitEvent =
  | { readonly name: 'LOGIN_SUCCESS'; readonly payload: { readonly statusId: string } }
  | {
      readonly name: 'STATUS_CHANGED';
      readonly payload: {
        readonly statusId: string;
        readonly channels: string;
        readonly statusName: string;
        readonly statusApiName: string;
      };
    }
  | { readonly name: 'LOGOUT'; readonly payload: Record<string, never> }
  | {
      readonly name: 'WORK_ASSIGNED' | 'WORK_ACCEPTED' | 'WORK_DECLINED' | 'WORK_CLOSED';
      readonly payload: { readonly workItemId: string; readonly workId: string };
    }
  | {
      readonly name: 'WORKLOAD_CHANGED';
      readonly payload: {
        readonly ConfiguredCapacity: number;
        readonly PreviousWorkload: number;
        readonly NewWorkload: number;
        /** The interruptible workload, when the org has interruptible capacity (Lightning sends it; Classic does not). */
        readonly PreviousInterruptibleWorkload?: number;
        readonly NewInterruptibleWorkload?: number;
      };
    };

export type ToolkitEventName = ToolkitEvent['name'];
