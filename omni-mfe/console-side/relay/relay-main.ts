/**
 * The Lightning relay's logic, built into one file, dist/relay/dcOmniRelay.js (webpack.config.ts,
 * `relay`), which the org holds as a static resource. The Aura utility item
 * (salesforce/force-app/main/default/aura/dcOmniRelay) loads it and calls:
 *
 *   const relay = window.dcOmniRelay.start({
 *     toolkit,               // the lightning:omniToolkitAPI component (cmp.find(...)), as is
 *     publish(message) {},   // publishes `message` (plain JSON) on the lightning:messageChannel
 *     isConsoleNavigation,   // () => Promise<boolean>: lightning:workspaceAPI isConsoleNavigation()
 *     openRecord,            // (recordId) => Promise<void>: workspaceAPI openTab({recordId, focus: true})
 *     statuses,              // () => Promise<Array<{statusId, statusName, statusApiName, channels}>>:
 *                            //    the agent's presence statuses from the Apex @AuraEnabled method;
 *                            //    channels an array of {channelId, developerName} or its JSON string
 *     workDetails,           // optional: (workItemId) => {type?, label?, priority?, capacityWeight?, assignedAt?,
 *                            //    pushDeadline?, status?} the shell already knows (the simulated console
 *                            //    gives its own); without it omni-mfe shows the type the id's prefix tells
 *     report,                // optional: (state) => void, the utility item's view: {softphone, lastMessage,
 *                            //    problems} (relay-view.ts), after every change
 *   });
 *   relay.receive(message)            // every message the channel delivers (the relay's own included)
 *   relay.toolkitEvent(name, params)  // each lightning:omniChannel<name> event with event.getParams();
 *                                     // name: StatusChanged, LoginSuccess, Logout, WorkAssigned,
 *                                     // WorkAccepted, WorkDeclined, WorkClosed, WorkloadChanged, ConnectionError
 *                                     // (the full name, lightning:omniChannelStatusChanged, is taken too)
 *   relay.stop()                      // when the component is destroyed
 *
 * Lightning Message Service serves only components that have rendered: the Aura shell calls
 * `start` after its first render (never in init), and `start` publishes the relay's announcement.
 * `start` throws an Error naming what is missing when an option is not a function. A second
 * `start` (the component re-rendered) stops the first relay. Wiring only: the work is in
 * RelayServer and SalesforceLightningAdapter.
 */
import { TOOLKIT_METHODS } from './toolkit-methods';
import { DropLog } from '@shared/protocol/drop-log';
import type { LmsMessage } from '@shared/protocol/message-service';
import type { WorkDetails } from '../adapters/console-normalize';
import { SalesforceLightningAdapter } from '../adapters/salesforce-lightning';
import type { OmniToolkitApi } from '../adapters/omni-toolkit';
import { RelayServer } from './relay-server';
import { RelayView, type RelayViewState } from './relay-view';

export interface RelayStartOptions {
  readonly toolkit: OmniToolkitApi;
  publish(message: LmsMessage): void;
  isConsoleNavigation(): Promise<boolean>;
  openRecord(recordId: string): Promise<void>;
  statuses(): Promise<unknown>;
  readonly workDetails?: WorkDetails;
  readonly report?: (state: RelayViewState) => void;
}

export interface RelayHandle {
  receive(message: unknown): void;
  toolkitEvent(name: string, params: unknown): void;
  stop(): void;
}

let current: RelayHandle | null = null;

export function startRelay(options: RelayStartOptions): RelayHandle {
  for (const fn of ['publish', 'isConsoleNavigation', 'openRecord', 'statuses'] as const) {
    if (typeof options?.[fn] !== 'function')
      throw new Error(`dcOmniRelay.start: options.${fn} must be a function (see relay-main.ts).`);
  }
  const missing = TOOLKIT_METHODS.filter(
    (m) => typeof (options.toolkit as unknown as Record<string, unknown> | undefined)?.[m] !== 'function',
  );
  if (missing.length)
    throw new Error(`dcOmniRelay.start: options.toolkit is not lightning:omniToolkitAPI (no ${missing.join(', ')}).`);
  current?.stop();
  const adapter = new SalesforceLightningAdapter({
    toolkit: options.toolkit,
    isConsoleNavigation: () => options.isConsoleNavigation(),
    openRecord: (recordId) => options.openRecord(recordId),
    statuses: () => options.statuses(),
    workDetails: typeof options.workDetails === 'function' ? options.workDetails : undefined,
  });
  const report = options.report;
  const view = new RelayView(typeof report === 'function' ? (state) => report(state) : undefined);
  const server = new RelayServer({
    adapter,
    publish: (m) => options.publish(m),
    dropLog: new DropLog('omni relay'),
    view,
  });
  server.start().catch((err: unknown) => {
    console.error('omni relay: could not announce itself', err);
    view.problem(`The relay could not announce itself: ${String((err as Error)?.message ?? err)}`);
  });
  const handle: RelayHandle = {
    receive: (message) => server.receive(message),
    toolkitEvent: (name, params) => adapter.toolkitEvent(name, params),
    stop: () => {
      server.stop();
      if (current === handle) current = null;
    },
  };
  current = handle;
  return handle;
}

declare global {
  interface Window {
    dcOmniRelay?: { start(options: RelayStartOptions): RelayHandle };
  }
}

window.dcOmniRelay = { start: startRelay };
