// @ts-check
/**
 * A Desktop Connect host without a bundler, written from docs/SHELL-INTEGRATION.md alone: it
 * proves omni-mfe mounts in any single-spa shell, not only in the webpack-built one in shell/.
 * single-spa comes from its ESM build (served as vendor/single-spa.js), omni-mfe's container from
 * the script tag in index.html, and the Module Federation share scope is written by hand.
 */
import * as singleSpa from './vendor/single-spa.js';

const CONSOLE_ORIGIN = 'http://127.0.0.1:4300';
const BRIDGE_URL = `${CONSOLE_ORIGIN}/bridge.html`;
/** In the Lightning console: Open CTI from the org, and the relay's message channel. */
const OPENCTI_URL = `${CONSOLE_ORIGIN}/support/api/62.0/lightning/opencti_min.js`;
const CHANNEL_NAME = 'dcOmniBridge__c';
/**
 * Framed by Open CTI in Lightning Experience, the page's URL carries `mode=Lightning` (what the
 * reference shell reads too, shell/console/console-kind.ts); `?console=lightning` when opened alone.
 */
const QUERY = new URLSearchParams(location.search);
const LIGHTNING = QUERY.get('mode') === 'Lightning' || QUERY.get('console') === 'lightning';
const CONTAINER_NAME = 'omniMfe';
const AGENT_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The DC states and Not Ready reasons in English, from the DC vocabulary every host shares (shared/dc-state/dc-words.json). */
const { en: WORDS } = await fetchJson('dc-words.json');
/** @type {{ id: string, label: string }[]} */
const NOT_READY_REASONS = Object.entries(WORDS.notReadyReasons).map(([id, label]) => ({ id, label }));
const DC_STATE_KINDS = Object.keys(WORDS.kinds);
/** The DC states an agent chooses, as [value, label], in the vocabulary's order; a Not Ready reason is `not-ready:<id>`. */
const DC_STATE_OPTIONS = DC_STATE_KINDS.filter((kind) => kind !== 'logged-out').flatMap((kind) => [
  [kind, WORDS.kinds[kind]],
  ...(kind === 'not-ready'
    ? NOT_READY_REASONS.map((r) => [`not-ready:${r.id}`, `${WORDS.kinds[kind]} – ${r.label}`])
    : []),
]);

/** @param {string} id */
function byId(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
}

// --- The DC session: the smallest subscribable the contract asks for. ---

const LOGGED_OUT = Object.freeze({ loggedIn: false, agent: null, state: Object.freeze({ kind: 'logged-out' }) });
/** @type {{ loggedIn: boolean, agent: { id: string, name: string } | null, state: { kind: string, reason?: string } }} */
let session = LOGGED_OUT;
/** @type {Set<{ observer: { next: (s: typeof session) => void } }>} */
const subscriptions = new Set();

const dcSession$ = {
  /** Emits the current session now and on every change, as the contract says. @param {{ next: (s: typeof session) => void }} observer */
  subscribe(observer) {
    const subscription = { observer };
    subscriptions.add(subscription);
    observer.next(session);
    return { unsubscribe: () => subscriptions.delete(subscription) };
  },
};

/** @param {typeof session} next */
function publish(next) {
  session = next;
  render();
  for (const { observer } of [...subscriptions]) observer.next(session);
}

/** What omni-mfe calls to change the DC state: resolves once applied, rejects saying why not. */
function setDcState(/** @type {string} */ kind, /** @type {string | undefined} */ reason) {
  if (!DC_STATE_KINDS.includes(kind)) return Promise.reject(new Error(`"${kind}" is not a DC state.`));
  if (!session.loggedIn) return Promise.reject(new Error('The agent is not logged in to Desktop Connect.'));
  if (kind === 'logged-out') {
    publish(LOGGED_OUT);
    return Promise.resolve();
  }
  if (reason && (kind !== 'not-ready' || !NOT_READY_REASONS.some((r) => r.id === reason))) {
    return Promise.reject(new Error(`"${reason}" is not a Not Ready reason of this host.`));
  }
  publish({ ...session, state: reason ? { kind, reason } : { kind } });
  return Promise.resolve();
}

// --- The header: log in, DC state, log out. ---

const stateSelect = /** @type {HTMLSelectElement} */ (byId('dc-state'));
for (const [value, label] of DC_STATE_OPTIONS) stateSelect.append(new Option(label, value));

function render() {
  byId('login').hidden = session.loggedIn;
  byId('agent').hidden = !session.loggedIn;
  byId('agent-name').textContent = session.agent?.name ?? '';
  const { kind, reason } = session.state;
  stateSelect.value = reason ? `${kind}:${reason}` : kind;
}

byId('login').addEventListener('submit', (event) => {
  event.preventDefault();
  const id = /** @type {HTMLInputElement} */ (byId('agent-id')).value.trim();
  const message = byId('host-message');
  if (!AGENT_ID.test(id)) {
    message.textContent = 'Enter an agent ID of letters, digits, dots, dashes or underscores (at most 64).';
    return;
  }
  message.textContent = '';
  // Agents log in Not Ready, so no work reaches them before they choose.
  publish({ loggedIn: true, agent: { id, name: `Agent ${id}` }, state: { kind: 'not-ready' } });
});
stateSelect.addEventListener('change', () => {
  const [kind, reason] = stateSelect.value.split(':');
  void setDcState(kind, reason);
});
byId('logout').addEventListener('click', () => void setDcState('logged-out'));
render();

// --- omni-mfe: its container, the share scope, single-spa. ---

/** @param {string} path */
async function fetchJson(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered HTTP ${response.status}.`);
  return response.json();
}

/** Initialises omni-mfe's container with a share scope offering this page's single-spa, and takes its lifecycles. */
async function loadOmniLifecycles() {
  const container = /** @type {any} */ (window)[CONTAINER_NAME];
  if (!container || typeof container.init !== 'function') {
    throw new Error(`No Module Federation container "${CONTAINER_NAME}": remoteEntry.js did not load.`);
  }
  const versions = await fetchJson('vendor/versions.json');
  // Webpack's share scope: package → version → { get, loaded, from }. `get` resolves to a factory
  // returning the module; `loaded` tells the container this copy is already in use (the singleton).
  const shareScope = {
    'single-spa': {
      [versions['single-spa']]: { get: () => Promise.resolve(() => singleSpa), loaded: 1, from: 'plain-host' },
    },
  };
  await container.init(shareScope);
  const factory = await container.get('./lifecycles');
  return factory();
}

/** Loads Open CTI (the host is the org's softphone) and hands back its message service, bound. */
function loadOpenCti() {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = OPENCTI_URL;
    script.onerror = () => reject(new Error(`Open CTI could not be loaded from ${OPENCTI_URL}.`));
    script.onload = () => {
      const opencti = /** @type {any} */ (window).sforce?.opencti;
      if (!opencti) return reject(new Error(`${OPENCTI_URL} defined no sforce.opencti.`));
      resolve({
        publish: (/** @type {object} */ args) => opencti.publish(args),
        subscribe: (/** @type {object} */ args) => opencti.subscribe(args),
        unsubscribe: (/** @type {object} */ args) => opencti.unsubscribe(args),
      });
    };
    document.head.append(script);
  });
}

/**
 * The console's part of the props: in Classic, contract 1's `bridge` (a shell written for version 1
 * keeps working while it is supported); in Lightning, contract 2's `console` with Open CTI.
 */
async function consoleProps() {
  if (!LIGHTNING) return { contractVersion: 1, bridge: { url: BRIDGE_URL, consoleOrigin: CONSOLE_ORIGIN } };
  const messageService = await loadOpenCti();
  return { contractVersion: 2, console: { transport: 'open-cti', channelName: CHANNEL_NAME, messageService } };
}

async function startHost() {
  const [omniMapping, declineReasons, consoleLink] = await Promise.all([
    fetchJson('omni-mapping.json'),
    fetchJson('omni-decline-reasons.json'),
    consoleProps(),
  ]);
  const props = {
    ...consoleLink,
    dcSession$,
    setDcState,
    notReadyReasons: NOT_READY_REASONS,
    omniMapping,
    declineReasons,
    domElement: byId('omni-container'),
  };
  singleSpa.registerApplication({
    name: 'omni-mfe',
    app: loadOmniLifecycles,
    activeWhen: () => true,
    customProps: props,
  });
  singleSpa.addErrorHandler((err) => showOmniError(`Omni-Channel stopped: ${err.message}`));
  singleSpa.start({ urlRerouteOnly: true });
}

/** @param {string} text */
function showOmniError(text) {
  const error = byId('omni-error');
  error.textContent = text;
  error.hidden = false;
}

startHost().catch((/** @type {Error} */ err) => showOmniError(`Omni-Channel could not start: ${err.message}`));
