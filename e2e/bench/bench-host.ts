/**
 * A bare page that mounts a federated single-spa remote without single-spa or a shell, so that
 * omni-mfe and the floor app are timed the same way. It is framed by the simulated console, as
 * Desktop Connect is, and gives omni-mfe what the shell gives it: the shipped mapping and decline
 * reasons, a DC session that changes, and a bridge page that answers it. Its script is served
 * as-is by the bench runner (no bundler): keep it plain browser JavaScript inside the string.
 */
export const BENCH_HOST_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bench host</title><link rel="icon" href="data:,"></head>
<body><div id="mount"></div><script src="bench-host.js"></script></body></html>`;

/** What the shell would pass: the same files it ships, and the bench's console origin. */
export interface BenchHostConfig {
  readonly bridge: { readonly url: string; readonly consoleOrigin: string };
  readonly notReadyReasons: unknown;
  readonly omniMapping: unknown;
  readonly declineReasons: unknown;
}

export function benchHostJs(config: BenchHostConfig): string {
  return `
(function () {
  const config = ${JSON.stringify(config)};
  const params = new URLSearchParams(location.search);
  const remote = params.get('remote');
  const container = params.get('container');
  const ready = params.get('ready');
  if (params.get('spy')) {
    // reloadToSync watches omni-mfe's port: each message is shown to window.__portSpy first.
    const d = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
    Object.defineProperty(MessagePort.prototype, 'onmessage', {
      configurable: true,
      get: d.get,
      set(fn) { d.set.call(this, fn && ((e) => { if (window.__portSpy) window.__portSpy(e); return fn.call(this, e); })); },
    });
  }
  let session = { loggedIn: true, agent: { id: '1001', name: 'Agent 1001' }, state: { kind: 'ready' } };
  const watchers = new Set();
  const setSession = (next) => { session = next; watchers.forEach((o) => o.next(session)); };
  const props = {
    name: 'bench', contractVersion: 1,
    dcSession$: { subscribe(o) { watchers.add(o); o.next(session); return { unsubscribe() { watchers.delete(o); } }; } },
    setDcState: (kind, reason) => { setSession({ ...session, state: reason ? { kind, reason } : { kind } }); return Promise.resolve(); },
    bridge: config.bridge,
    notReadyReasons: config.notReadyReasons,
    omniMapping: config.omniMapping,
    declineReasons: config.declineReasons,
    domElement: document.getElementById('mount'),
  };
  let lifecycles = null;
  function call(fn) { return Array.isArray(fn) ? fn.reduce((p, f) => p.then(() => f(props)), Promise.resolve()) : fn(props); }
  /** Resolves once check() is true, rejects saying what was awaited after ms. */
  function until(what, check, ms) {
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const look = () => {
        if (check()) return resolve();
        if (performance.now() - t0 > ms) {
          const log = [...document.querySelectorAll('[aria-label="Sync log"] li')].slice(0, 5).map((li) => li.textContent.trim());
          return reject(new Error('bench host: no ' + what + ' within ' + ms + ' ms; ' + status('Omni-Channel presence') + '; ' + status('Omni-Channel sync') + '; ' + status('Console connection') + '; sync log: ' + log.join(' | ')));
        }
        setTimeout(look, 5);
      };
      look();
    });
  }
  const text = (sel) => (props.domElement.querySelector(sel)?.textContent ?? '').trim();
  const status = (name) => [...props.domElement.querySelectorAll('[role=status]')].find((e) => e.getAttribute('aria-label') === name)?.textContent?.trim() ?? '';
  const button = (name, scope) => [...(scope ?? props.domElement).querySelectorAll('button')].find((b) => b.textContent.trim() === name && !b.disabled);
  async function click(name, scope) {
    await until('enabled button "' + name + '"', () => button(name, scope), 5000);
    button(name, scope).click();
  }
  async function rawHandshake() {
    const frame = document.createElement('iframe');
    frame.src = config.bridge.consoleOrigin + '/echo.html';
    frame.hidden = true;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const channel = new MessageChannel();
    frame.contentWindow.postMessage('port', config.bridge.consoleOrigin, [channel.port2]);
    await new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port1.postMessage(0); });
  }
  window.bench = {
    async load() {
      await new Promise((resolve, reject) => { const s = document.createElement('script'); s.src = remote; s.onload = resolve; s.onerror = reject; document.head.append(s); });
      const c = window[container];
      await c.init({});
      lifecycles = (await c.get('./lifecycles'))();
      await call(lifecycles.bootstrap);
    },
    /** Milliseconds from mount() to the remote's first content in the page. */
    async mount() {
      const t0 = performance.now();
      await call(lifecycles.mount);
      if (!props.domElement.querySelector(ready)) throw new Error('no first render: ' + ready);
      return performance.now() - t0;
    },
    /** Unmounts as single-spa would: the harness removes nothing itself. Returns the nodes left. */
    async unmount() { await call(lifecycles.unmount); return props.domElement.childNodes.length; },
    async connected() {
      await until('connection', () => status('Console connection') === 'Connected to the Salesforce console', 10000);
      await until('sync', () => status('Omni-Channel sync').startsWith('Sync: in sync'), 10000);
      // As an agent would: the console's presence has been read and is shown.
      await until('presence read', () => /^Omni-Channel: /.test(status('Omni-Channel presence')) && status('Omni-Channel presence') !== 'Omni-Channel: unknown', 10000);
    },
    dcState: () => session.state,
    setDcState: (kind, reason) => setSession({ ...session, state: reason ? { kind, reason } : { kind } }),
    untilDcState: (kind) => until('DC state ' + kind, () => session.state.kind === kind, 10000),
    untilPresence: (name) => until('presence ' + name, () => status('Omni-Channel presence') === 'Omni-Channel: ' + name, 10000),
    /**
     * From the frame's start (?autostart=1): load and mount; omni-mfe until connected and in sync,
     * the floor app then one raw handshake with the console's origin (a page there, a port, one
     * round trip). Sets window.__syncedAt, ms since the frame's navigation started.
     */
    async start() {
      await window.bench.load();
      await window.bench.mount();
      if (container === 'omniMfe') await window.bench.connected();
      else await rawHandshake();
      window.__syncedAt = performance.now();
    },
    /**
     * omni-mfe's bridge iframe reloaded (as a restarted console page is): ms until omni-mfe has the
     * new bridge's answer to its re-read of the console's work and shows connected and in sync.
     */
    async reloadToSync() {
      let answered = false;
      const asked = new Set();
      const send = MessagePort.prototype.postMessage;
      MessagePort.prototype.postMessage = function (m, ...rest) {
        if (m && m.kind === 'request' && m.type === 'getAgentWorks') asked.add(m.id);
        return send.call(this, m, ...rest);
      };
      const seen = (e) => { if (e.data && e.data.kind === 'response' && asked.has(e.data.id)) answered = true; };
      window.__portSpy = seen;
      try {
        const bridge = [...document.querySelectorAll('iframe')].find((f) => f.src.startsWith(config.bridge.url));
        const t0 = performance.now();
        bridge.setAttribute('src', bridge.src);
        await until('resync after a bridge reload', () => answered && status('Console connection') === 'Connected to the Salesforce console' && status('Omni-Channel sync').startsWith('Sync: in sync'), 10000);
        return performance.now() - t0;
      } finally {
        MessagePort.prototype.postMessage = send;
        window.__portSpy = null;
      }
    },
    /** The baseline: a page on the console's origin reloaded, a new port to it, one round trip. */
    async rawReload() {
      let frame = document.querySelector('iframe[data-raw-reload]');
      if (!frame) {
        frame = document.createElement('iframe');
        frame.dataset.rawReload = '';
        frame.hidden = true;
        frame.src = config.bridge.consoleOrigin + '/echo.html';
        const first = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        document.body.append(frame);
        await first;
      }
      const t0 = performance.now();
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.setAttribute('src', frame.src);
      await loaded;
      const channel = new MessageChannel();
      frame.contentWindow.postMessage('port', config.bridge.consoleOrigin, [channel.port2]);
      await new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port1.postMessage(0); });
      return performance.now() - t0;
    },
    /** Opens the panel on the routed item and leaves it there; with a dialog: its Decline dialog open. */
    async leaveItem(label, dialog) {
      await until('item counted', () => text('omni-launcher .count') === '1 work item', 10000);
      const launcher = [...props.domElement.querySelectorAll('button')].find((b) => b.getAttribute('aria-expanded') !== null);
      if (launcher.getAttribute('aria-expanded') !== 'true') launcher.click();
      const item = () => [...props.domElement.querySelectorAll('li')].find((li) => li.textContent.includes(label));
      await until('item ' + label, () => item(), 5000);
      if (!dialog) return;
      await click('Decline', item());
      await until('the decline dialog', () => props.domElement.querySelector('dialog[open]'), 5000);
    },
    /** One routed item through the panel: counted, opened, accepted, closed. */
    async workOneItem(label) {
      await until('item counted', () => text('omni-launcher .count') === '1 work item', 10000);
      const launcher = [...props.domElement.querySelectorAll('button')].find((b) => b.getAttribute('aria-expanded') !== null);
      if (launcher.getAttribute('aria-expanded') !== 'true') launcher.click();
      await until('item ' + label, () => [...props.domElement.querySelectorAll('li')].some((li) => li.textContent.includes(label)), 5000);
      const item = () => [...props.domElement.querySelectorAll('li')].find((li) => li.textContent.includes(label));
      await click('Accept', item());
      await until('accepted', () => item() && button('Close', item()), 5000);
      await click('Close', item());
      await until('item gone', () => !item() && text('omni-launcher .count') === '0 work items', 5000);
    },
  };
  if (params.get('autostart')) window.bench.start();
})();
`;
}
