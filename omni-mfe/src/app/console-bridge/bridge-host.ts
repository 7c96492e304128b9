import { DestroyRef, DOCUMENT, inject, type Provider } from '@angular/core';
import { BRIDGE_HOST } from './console-bridge';

/**
 * Puts the bridge iframe's host inside omni-mfe's element (or the body when a shell gives none),
 * so that nothing of it outlives an unmount.
 */
export function provideBridgeHost(mountElement: HTMLElement | undefined): Provider {
  return {
    provide: BRIDGE_HOST,
    useFactory: () => {
      const doc = inject(DOCUMENT);
      const host = doc.createElement('div');
      host.className = 'omni-bridge-host';
      host.hidden = true;
      (mountElement ?? doc.body).append(host);
      inject(DestroyRef).onDestroy(() => host.remove());
      return host;
    },
  };
}
