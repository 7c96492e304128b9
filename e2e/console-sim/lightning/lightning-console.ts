import type { LmsMessage } from '@shared/protocol/message-service';
import { SIMULATOR_GLOBAL } from '../../../omni-mfe/console-side/adapters/simulator';
import type { ConsoleFlavour, ConsoleParts } from '../console-flavour';
import type { ConsoleSimulatorControl } from '../control-api';
import { workDetailsOf } from '../model/work-details';
import { openCtiAdapterUrl } from '../page/dc-url';
import { channels18 } from './lightning-events';
import { SimulatedMessageService } from './message-service';
import { ORG_CHANNELS } from './opencti-wire';
import type { RelayStartOptions } from '../../../omni-mfe/console-side/relay/relay-main';
import { RelayHost } from './relay-host';
import { RelayUtility } from './relay-utility';
import { findById, to18 } from './salesforce-ids';
import { SimulatedOmniToolkit } from './simulated-omni-toolkit';
import { loadRelayPlacement } from './utility-bar';

const CHANNEL = ORG_CHANNELS[0];
const RESOLVES_TRUE: readonly string[] = [
  'acceptAgentWork',
  'declineAgentWork',
  'closeAgentWork',
  'login',
  'logout',
  'raiseAgentWorkFlag',
  'lowerAgentWorkFlag',
];
const PUBLISH_ERROR = {
  code: 'SOFTPHONE_CONTAINER_ERROR',
  description: 'The message could not be published (simulated).',
  details: '',
};

const NOT_RENDERED =
  'Lightning Message Service serves only components that have rendered: dcOmniRelay published before its first render (in init, or as a background utility item).';

/**
 * The Lightning console: Omni-Channel's toolkit (lightning:omniToolkitAPI) on the shared model,
 * Lightning Message Service, and the relay's utility item running the production relay script,
 * placed and loaded as the org's utility bar metadata says (utility-bar.ts). Desktop Connect
 * reaches the relay only through opencti_min.js and the message service.
 */
export function lightningConsole(
  parts: ConsoleParts,
  control: ConsoleSimulatorControl,
  utilityHost: HTMLElement,
): ConsoleFlavour {
  const { model, tabs } = parts;
  let statusIdLength: 15 | 18 = 18;
  const service = new SimulatedMessageService({
    softphone: () => parts.softphone.contentWindow,
    allowedOrigins: parts.dcOrigins,
  });
  const toolkit = new SimulatedOmniToolkit(model, {
    // Omni-Channel's events fire in console apps only.
    deliver: (event) => {
      if (parts.isConsoleMode()) relay?.toolkitEvent(event);
    },
    changed: () => parts.render(),
    scheduler: parts.scheduler,
  });
  const later = <T>(value: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(value()), 0));
  let relay: RelayHost | null = null;
  const utility = new RelayUtility(utilityHost, () => void relay?.utilityOpened());
  const startOptions = (live: () => boolean): RelayStartOptions => ({
    toolkit,
    publish: (message: LmsMessage) => {
      if (!utility.rendered) throw new Error(NOT_RENDERED);
      if (live()) service.publish(CHANNEL, message);
    },
    isConsoleNavigation: () => later(() => parts.isConsoleMode()),
    // workspaceAPI.openTab({recordId}): the tab is the record's, whichever form of its id is given.
    openRecord: (recordId) =>
      toolkit.ledger.call('openTab', () => {
        const work = findById(recordId, model.agentWork, (w) => w.workItemId);
        tabs.open(work?.workItemId ?? recordId);
      }),
    // The Aura shell's Apex method: the agent's statuses, ids as Apex gives them (18) or trimmed.
    statuses: () =>
      later(() =>
        parts.config().statuses.map((s) => ({
          ...s,
          statusId: statusIdLength === 18 ? to18(s.statusId) : s.statusId,
          channels: JSON.parse(channels18(s.channels)) as unknown,
        })),
      ),
    workDetails: workDetailsOf(model),
  });
  // Only the control API for fixtures: there is no bridge page to find a toolkit here.
  (window as unknown as Record<string, unknown>)[SIMULATOR_GLOBAL] = { control };
  service.subscribe(CHANNEL, (message) => relay?.receive(message));
  void loadRelayPlacement()
    .then((placement) => {
      for (const problem of placement.problems) console.error(`The Lightning console: ${problem}`);
      relay = new RelayHost(placement, utility, startOptions);
      return relay.appOpened();
    })
    .catch((err: Error) => console.error(`The relay could not start: ${err.message}`));

  return {
    kind: 'lightning',
    omniToolkit: toolkit,
    dcUrl: (url) => openCtiAdapterUrl(url, 'lightning', location.origin),
    fire: (events, cause, logoutReason) => toolkit.fire(events, cause, logoutReason),
    failNext: (method, times, as) => {
      // Documented as "resolves to true": only those may resolve false (lightning/call-ledger.ts).
      if (as === 'false' && !RESOLVES_TRUE.includes(method))
        throw new Error(`${method} does not resolve true or false; only ${RESOLVES_TRUE.join(', ')} do.`);
      toolkit.ledger.failNext(method === 'openPrimaryTab' ? 'openTab' : method, times, as);
    },
    killBridge: () => relay?.kill(),
    reloadBridge: () => void (relay?.exists ? relay.reload() : undefined),
    bridgeLoads: () => relay?.loads ?? 0,
    toolkitCalls: () => structuredClone(toolkit.ledger.counts),
    lightning: {
      failNextPublish: (times = 1, error = PUBLISH_ERROR) => service.failNextPublish(times, error),
      messageService: () => ({ subscriptions: service.softphoneSubscriptions, drops: { ...service.drops } }),
      setStatusReasons: (on) => (toolkit.sendsReasons = on),
      setStatusListIdLength: (length) => {
        if (length !== 15 && length !== 18) throw new Error('Status ids are 15 or 18 characters long.');
        statusIdLength = length;
      },
      // "error: object — Network connection error message"; then, "if applicable", the logout
      // (Component Reference aura-omni-channel-connection-error). The object's fields are not
      // documented: here `{ message }`.
      connectionError: (error, thenLogOut) => {
        if (!parts.isConsoleMode()) return;
        toolkit.fireLightning([{ name: 'ConnectionError', params: { error: { message: error } } }]);
        if (thenLogOut) toolkit.fire(model.logout(), 'agent');
      },
    },
  };
}
