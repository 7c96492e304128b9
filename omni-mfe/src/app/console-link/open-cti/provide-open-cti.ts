import { DestroyRef, DOCUMENT, inject, type Provider } from '@angular/core';
import { DropLog } from '@shared/protocol/drop-log';
import type { OpenCtiConsoleConfig } from '@shared/contracts/omni-props';
import { CONSOLE_TRANSPORT } from '../console-transport';
import { LINK_DROP_LOG } from '../link-drops';
import { LINK_SETTINGS } from '../link-settings';
import { windowTimers } from '../timers';
import { createOpenCtiTransport } from './open-cti-transport';

/**
 * The Lightning console's transport for one mount: Open CTI's message service, whose functions
 * the shell handed over in the props (omni-mfe reaches for no `window.sforce`).
 */
export function provideOpenCti(config: OpenCtiConsoleConfig): Provider {
  // Counts and logs (rate-limited) what the intake drops.
  const drops = { provide: LINK_DROP_LOG, useFactory: () => new DropLog('omni-mfe Open CTI channel') };
  return [
    drops,
    {
      provide: CONSOLE_TRANSPORT,
      useFactory: () => {
        const doc = inject(DOCUMENT);
        const transport = createOpenCtiTransport({
          service: config.messageService,
          channelName: config.channelName,
          doc,
          settings: inject(LINK_SETTINGS),
          timers: windowTimers(doc.defaultView as Window),
          dropLog: inject(LINK_DROP_LOG),
        });
        inject(DestroyRef).onDestroy(() => transport.stop());
        return transport;
      },
    },
  ];
}
