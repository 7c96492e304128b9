import type { OpenCtiMessageService } from '@shared/contracts/open-cti';

/** What `opencti_min.js` defines: the shell, being the softphone, is the only one to read it. */
interface OpenCtiGlobal {
  sforce?: { opencti?: Partial<OpenCtiMessageService> };
}

const FUNCTIONS = ['publish', 'subscribe', 'unsubscribe'] as const;

/**
 * Loads Salesforce's `opencti_min.js` from the org and waits for `sforce.opencti`, then hands back
 * its message service functions, bound, for omni-mfe's props. Rejects with an Error that names the
 * URL and what went wrong (the script did not load, or loaded without a message service).
 */
export function loadOpenCti(doc: Document, url: string, timeoutMs = 10_000): Promise<OpenCtiMessageService> {
  const win = doc.defaultView as (Window & OpenCtiGlobal) | null;
  if (!win) return Promise.reject(new Error('Open CTI needs a window.'));
  const ready = (): OpenCtiMessageService | null => {
    const opencti = win.sforce?.opencti;
    if (!opencti || !FUNCTIONS.every((f) => typeof opencti[f] === 'function')) return null;
    const service = opencti as OpenCtiMessageService;
    return {
      publish: (args) => service.publish(args),
      subscribe: (args) => service.subscribe(args),
      unsubscribe: (args) => service.unsubscribe(args),
    };
  };
  const already = ready();
  if (already) return Promise.resolve(already);

  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    let poll: number | undefined;
    let settled = false;
    const timer = win.setTimeout(
      () =>
        fail(
          `Open CTI did not start within ${timeoutMs / 1000} s after loading ${url} (no sforce.opencti message service: opencti_min.js must be API 47.0 or later, and Desktop Connect must run as the org's softphone).`,
        ),
      timeoutMs,
    );
    const done = (): void => {
      settled = true;
      win.clearTimeout(timer);
      win.clearInterval(poll);
      script.onload = script.onerror = null;
    };
    const fail = (why: string): void => {
      done();
      reject(new Error(why));
    };
    script.onload = () => {
      // opencti_min.js may define sforce.opencti a moment after it ran.
      const check = (): void => {
        const service = ready();
        if (!service) return;
        done();
        resolve(service);
      };
      check();
      if (!settled) poll = win.setInterval(check, 50);
    };
    script.onerror = () =>
      fail(
        `Open CTI could not be loaded from ${url} (the request failed or the page's Content-Security-Policy refused it).`,
      );
    script.src = url;
    doc.head.append(script);
  });
}
