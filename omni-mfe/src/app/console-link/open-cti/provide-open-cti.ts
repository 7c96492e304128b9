import { DestroyRef, DOCUMENT, inject, type Provider } from '@angular/core';
import { DropLog } from '@shared/protocol/drop-log';
import type { OpenCtiConsoleConfig } from '@shared/contracts/omni-props';
import { CONSOLE_TRANSPORT } from '../console-transport';
import { LINK_SETTINGS } from '../link-settings';
import { windowTimers } from '../timers';
import { createOpenCtiTransport } from './open-cti-transport';

/**
 * The Lightning console's transport for one mount: Open CTI's message service, whose functions
 * the shell handed over in the props (omni-mfe reaches for no `window.sforce`).
 */
export function provideOpenCti(config: OpenCtiConsoleConfig): Provider {
  return {
    provide: CONSOLE_TRANSPORT,
    useFactory: () => {
      const doc = inject(DOCUMENT);
      const transport = createOpenCtiTransport({
        service: config.messageService,
        channelName: config.channelName,
        doc,
        settings: inject(LINK_SETTINGS),
        timers: windowTimers(doc.defaultView as Window),
        // Counts and logs (rate-limited) what the intake drops.
        dropLog: new DropLog('omni-mfe Open CTI channel'),
      });
      inject(DestroyRef).onDestroy(() => transport.stop());
      return transport;
    },
  };
}
