/**
 * A fake Salesforce for the relay's Aura shell (aura/dcOmniRelay's controller and helper): the
 * shell's code and the built static resource run together in a node:vm sandbox with a fake
 * component, toolkit, workspace, message channel and Apex action. The fake follows Salesforce's
 * rules, so a shell that breaks them fails: see `salesforce()`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInContext, createContext, type Context } from 'node:vm';
import { TOOLKIT_METHODS } from '../../../omni-mfe/console-side/relay/toolkit-methods';

export const bundleDir = resolve(__dirname, '../../force-app/main/default/aura/dcOmniRelay');

export type Fn = (...args: unknown[]) => unknown;
/** The controller actions the tests call (the component's handlers name them). */
export interface RelayController {
  onRender: Fn;
  onScriptLoaded: Fn;
  stop: Fn;
  onMessage: Fn;
  onWorkAssigned: Fn;
}
export const STATUSES = [
  {
    statusId: '0N5000000000001',
    statusName: 'Available',
    statusApiName: 'Available',
    channels: [{ channelId: '0N9000000000001', developerName: 'Cases' }],
  },
];

/**
 * The fake follows Salesforce's rules, so a shell that breaks them fails here: the message channel
 * refuses to publish before the component has rendered (LMS serves rendered components only, never
 * from init), and work entered from outside Aura's cycle without $A.getCallback is recorded.
 */
export function salesforce(relayScript: string) {
  const life = { rendered: false, depth: 0, outsideCycle: [] as string[] };
  const inCycle =
    (fn: Fn): Fn =>
    (...args) => {
      life.depth += 1;
      try {
        return fn(...args);
      } finally {
        life.depth -= 1;
      }
    };
  const mustBeInCycle = (what: string) => {
    if (life.depth === 0) life.outsideCycle.push(what);
  };
  const published: {
    to: string;
    session: string | null;
    envelope: { kind: string; id?: string; payload: Record<string, unknown> };
  }[] = [];
  const toolkit = Object.fromEntries(
    TOOLKIT_METHODS.map((m) => [m, () => (mustBeInCycle(`omniToolkitAPI.${m}`), Promise.resolve({}))]),
  );
  const children: Record<string, unknown> = {
    omniToolkit: toolkit,
    workspace: { isConsoleNavigation: () => Promise.resolve(true), openTab: () => Promise.resolve('tab1') },
    bridgeChannel: {
      publish: (message: (typeof published)[number]) => {
        if (!life.rendered) throw new Error('lightning:messageChannel: the component has not rendered yet');
        mustBeInCycle('lightning:messageChannel.publish');
        published.push(JSON.parse(JSON.stringify(message)));
      },
    },
  };
  const attributes = new Map<string, unknown>([['v.pending', []]]);
  const cmp = {
    isValid: () => true,
    find: (id: string) => children[id],
    set: (key: string, value: unknown) => attributes.set(key, value),
    get: (key: string) => {
      if (key !== 'c.statuses') return attributes.get(key);
      let callback: Fn = () => undefined;
      return {
        setStorable: () => undefined,
        setCallback: (_scope: unknown, cb: Fn) => (callback = cb),
        run: () => callback({ getState: () => 'SUCCESS', getReturnValue: () => STATUSES, getError: () => [] }),
      };
    },
  };
  const sandbox: Context = createContext({
    window: {},
    console,
    setTimeout,
    clearTimeout,
    $A: {
      getCallback: inCycle,
      enqueueAction: (action: { run(): void }) => (mustBeInCycle('$A.enqueueAction'), action.run()),
    },
  });
  runInContext(relayScript, sandbox);
  const load = (file: string): unknown =>
    runInContext(`(${readFileSync(join(bundleDir, file), 'utf8').trim().replace(/;$/, '')})`, sandbox);
  const actions = load('dcOmniRelayController.js') as RelayController;
  // Aura runs every controller action inside its own cycle; render marks the component rendered.
  const controller = Object.fromEntries(
    Object.entries(actions).map(([name, fn]) => [
      name,
      inCycle((...args: unknown[]) => {
        if (name === 'onRender') life.rendered = true;
        return fn(...args);
      }),
    ]),
  ) as unknown as RelayController;
  return { cmp, published, life, controller, helper: load('dcOmniRelayHelper.js') };
}

export const settle = () => new Promise((done) => setTimeout(done, 20));
export const lms = (session: string, envelope: object) => ({
  getParams: () => ({ proto: 'dc-omni-lms', to: 'relay', session, envelope }),
});
