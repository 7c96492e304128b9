import type { ConsoleConfig } from '@shared/contracts/omni-props';
import type { OpenCtiMessageService } from '@shared/contracts/open-cti';
import type { DcManifest } from '../remote/dc-manifest';
import { loadOpenCti } from './load-open-cti';

/**
 * The props' `console` for the manifest's console entry. Classic: the bridge page's settings.
 * Lightning: Open CTI, loaded from the org (it rejects, saying why, when it cannot be), and the
 * relay's channel. Only the chosen console's script is ever loaded.
 */
export async function consoleConfigFor(
  entry: DcManifest['console'],
  load: (url: string) => Promise<OpenCtiMessageService> = (url) => loadOpenCti(document, url),
): Promise<ConsoleConfig> {
  if (entry.transport === 'bridge-iframe')
    return { transport: 'bridge-iframe', url: entry.bridgeUrl, consoleOrigin: entry.origin };
  return { transport: 'open-cti', channelName: entry.channelName, messageService: await load(entry.openCtiUrl) };
}
