import { DestroyRef, DOCUMENT, inject, type Provider } from '@angular/core';
import { DropLog } from '@shared/protocol/drop-log';
import type { ConsoleBridgeConfig } from '@shared/contracts/omni-props';
import { CONSOLE_TRANSPORT } from '../console-transport';
import { LINK_DROP_LOG } from '../link-drops';
import { LINK_SETTINGS } from '../link-settings';
import { windowTimers } from '../timers';
import { createBridgeIframeTransport } from './bridge-iframe-transport';

/**
 * The Classic console's transport for one mount. The iframe's host goes inside omni-mfe's
 * element (or the body when a shell gives none), so that nothing of it outlives an unmount.
 */
export function provideBridgeIframe(bridge: ConsoleBridgeConfig, mountElement: HTMLElement | undefined): Provider {
  // Counts and logs (rate-limited) what the intake drops.
  const drops = { provide: LINK_DROP_LOG, useFactory: () => new DropLog('omni-mfe console bridge') };
  return [
    drops,
    {
      provide: CONSOLE_TRANSPORT,
      useFactory: () => {
        const doc = inject(DOCUMENT);
        const win = doc.defaultView as Window;
        const host = doc.createElement('div');
        host.className = 'omni-bridge-host';
        host.hidden = true;
        (mountElement ?? doc.body).append(host);
        const transport = createBridgeIframeTransport({
          win,
          host,
          bridgeUrl: bridge.url,
          consoleOrigin: bridge.consoleOrigin,
          settings: inject(LINK_SETTINGS),
          timers: windowTimers(win),
          dropLog: inject(LINK_DROP_LOG),
        });
        inject(DestroyRef).onDestroy(() => {
          transport.stop();
          host.remove();
        });
        return transport;
      },
    },
  ];
}
