import type { ConsoleFlavour, ConsoleParts } from './console-flavour';
import type { ConsoleSimulatorOrgControl } from './control-org';
import { closeByTrigger, type CloseTrigger } from './model/close-triggers';
import type { OrgConfig } from './model/org-config';
import type { SimulatedOmniToolkit } from './lightning/simulated-omni-toolkit';
import { findById } from './lightning/salesforce-ids';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The control API's org settings and the triggers Salesforce documents beyond the toolkit's own
 * calls (control-org.ts). `flavour` is read when called: the console is built after the control.
 */
export function orgControl(
  parts: ConsoleParts,
  config: Mutable<OrgConfig>,
  flavour: () => ConsoleFlavour,
): ConsoleSimulatorOrgControl {
  const { model, tabs } = parts;
  const lightning = (name: string): SimulatedOmniToolkit => {
    const toolkit = flavour().omniToolkit;
    if (!toolkit) throw new Error(`${name} is Lightning's: open the console at /?console=lightning.`);
    return toolkit;
  };
  const fire = (events: Parameters<ConsoleFlavour['fire']>[0]) => {
    flavour().fire(events, 'agent');
    parts.render();
  };
  const close = (workItemId: string, trigger: CloseTrigger) => fire(closeByTrigger(model, workItemId, trigger));
  const lowerFlag = (workItemId: string) => {
    const toolkit = lightning('lowerFlag');
    const work = findById(workItemId, model.currentWork, (w) => w.workItemId);
    const change = work ? toolkit.flags.lower(work.workId, 'SUPERVISOR') : null;
    if (!change) throw new Error(`No raised flag on ${workItemId}.`);
    toolkit.flagChanged(change);
  };
  const control: ConsoleSimulatorOrgControl = {
    setDeclineReasonRequired: (on) => void (config.declineReasonRequired = on),
    setAutoAccept: (on) => void (config.autoAccept = on),
    setCapacityModel: (capacityModel) => {
      if (capacityModel !== 'tab-based' && capacityModel !== 'status-based')
        throw new Error('The capacity model is "tab-based" or "status-based".');
      config.capacityModel = capacityModel;
    },
    closeTab: (recordId) => {
      tabs.close(recordId);
      close(recordId, 'tab-closed');
    },
    completeRecord: (workItemId) => close(workItemId, 'completed-status'),
    endConversation: (workItemId, ms = 0) => void setTimeout(() => close(workItemId, 'after-conversation-work'), ms),
    setInterruptibleCapacity: (capacity) => {
      if (!Number.isInteger(capacity) || capacity < 0) throw new Error('A capacity is a whole number, 0 or more.');
      config.interruptibleCapacity = capacity;
    },
    setToolkitIdLength: (length) => {
      if (length !== 15 && length !== 18) throw new Error('Ids are 15 or 18 characters long.');
      lightning('setToolkitIdLength').idLength = length;
    },
    flags: () =>
      lightning('flags').flags.current.map((flag) => {
        const work = model.agentWork.find((w) => w.workId === flag.workId)!;
        return { ...flag, workItemId: work.workItemId, subject: work.subject };
      }),
    lowerFlag,
  };
  return control;
}
