import { InjectionToken } from '@angular/core';
import type { DropLog } from '@shared/protocol/drop-log';

/**
 * What this mount's transport dropped, by reason: provided with the transport (each words its
 * own log lines), read by the diagnosis support copies out.
 */
export const LINK_DROP_LOG = new InjectionToken<DropLog>('LINK_DROP_LOG');
