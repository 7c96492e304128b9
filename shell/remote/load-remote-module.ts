/**
 * Loads an exposed module from a Module Federation container whose URL is known only at run
 * time (webpack's "dynamic remote containers"): script tag, share-scope init, `get`.
 */
declare const __webpack_init_sharing__: (scope: string) => Promise<void>;
declare const __webpack_share_scopes__: { default: unknown };

interface FederatedContainer {
  init(shareScope: unknown): Promise<void> | void;
  get(module: string): Promise<() => unknown>;
}

const SCRIPT_TIMEOUT_MS = 15_000;
const containers = new Map<string, Promise<FederatedContainer>>();

export async function loadRemoteModule<T>(
  url: string,
  containerName: string,
  exposed: string,
  doc: Document = document,
): Promise<T> {
  const container = await loadContainer(url, containerName, doc);
  const factory = await container.get(exposed).catch((err: unknown) => {
    throw new Error(`${url} does not expose "${exposed}": ${(err as Error).message}`);
  });
  return factory() as T;
}

function loadContainer(url: string, containerName: string, doc: Document): Promise<FederatedContainer> {
  let pending = containers.get(url);
  if (!pending) {
    pending = injectScript(url, doc).then(async () => {
      const container = (doc.defaultView as unknown as Record<string, FederatedContainer | undefined>)[containerName];
      if (!container || typeof container.get !== 'function') {
        throw new Error(
          `${url} loaded but defined no Module Federation container "${containerName}": check the manifest's containerName.`,
        );
      }
      await __webpack_init_sharing__('default');
      await container.init(__webpack_share_scopes__.default);
      return container;
    });
    // A failed load is forgotten so that single-spa's next attempt really tries again.
    pending.catch(() => containers.delete(url));
    containers.set(url, pending);
  }
  return pending;
}

function injectScript(url: string, doc: Document): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    const settle = (error?: Error) => {
      clearTimeout(timer);
      script.onload = script.onerror = null;
      if (error) {
        script.remove();
        reject(error);
      } else resolve();
    };
    const timer = setTimeout(
      () => settle(new Error(`${url} did not load within ${SCRIPT_TIMEOUT_MS / 1000} s.`)),
      SCRIPT_TIMEOUT_MS,
    );
    script.src = url;
    script.async = true;
    script.onload = () => settle();
    script.onerror = () => settle(new Error(`${url} could not be loaded (network error or HTTP error).`));
    doc.head.append(script);
  });
}
