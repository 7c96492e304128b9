/**
 * A bare page that mounts a federated single-spa remote without single-spa or a shell, so that
 * omni-mfe and the floor app are timed the same way. Its script is served as-is by the bench
 * runner (no bundler): keep it plain browser JavaScript inside the string.
 */
export const BENCH_HOST_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bench host</title><link rel="icon" href="data:,"></head>
<body><div id="mount"></div><script src="bench-host.js"></script></body></html>`;

export const BENCH_HOST_JS = `
(function () {
  const params = new URLSearchParams(location.search);
  const remote = params.get('remote');
  const container = params.get('container');
  const ready = params.get('ready');
  const listeners = [];
  const session = { loggedIn: true, agent: { id: '1', name: 'Agent 1' }, state: { kind: 'ready' } };
  const props = {
    name: 'bench', contractVersion: 1,
    dcSession$: { subscribe(o) { o.next(session); return { unsubscribe() {} }; } },
    setDcState: () => Promise.resolve(),
    bridge: { url: 'http://127.0.0.1:4300/bridge.html', consoleOrigin: 'http://127.0.0.1:4300' },
    notReadyReasons: [],
    domElement: document.getElementById('mount'),
  };
  let lifecycles = null;
  function call(fn) { return Array.isArray(fn) ? fn.reduce((p, f) => p.then(() => f(props)), Promise.resolve()) : fn(props); }
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
    async unmount() { await call(lifecycles.unmount); props.domElement.replaceChildren(); },
  };
})();
`;
