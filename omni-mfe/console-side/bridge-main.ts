/**
 * The console bridge page: runs in the console's origin inside Desktop Connect, calls the
 * console toolkit and relays to omni-mfe. Wiring only; the work is in BridgeServer and adapters.
 */
import { DropLog } from '@shared/protocol/drop-log';
import type { ConsoleAdapter } from './adapters/console-adapter';
import { NoConsoleAdapter } from './adapters/no-console';
import { SalesforceClassicAdapter } from './adapters/salesforce-classic';
import type { Sforce } from './adapters/sforce-console';
import { findSimulator, simulatorAdapter } from './adapters/simulator';
import { allowedDcOrigin, readBridgeConfig, type BridgeConfig } from './bridge-config';
import { BridgeServer } from './bridge-server';
import { refuseDcOrigin } from './refusal';

function createAdapter(config: BridgeConfig, win: Window): ConsoleAdapter {
  switch (config.adapter) {
    case 'simulator': {
      // Outside the simulated console (DC opened on its own) there is no console to talk to.
      const sim = findSimulator(win);
      return sim ? simulatorAdapter(sim) : new NoConsoleAdapter('simulator');
    }
    case 'salesforce-classic': {
      const sforce = (win as unknown as { sforce?: Sforce }).sforce;
      if (!sforce?.console?.presence)
        throw new Error('sforce.console is missing: include the console toolkit (integration.js) in the bridge page.');
      return new SalesforceClassicAdapter(sforce.console, { statuses: () => config.statuses });
    }
    default:
      throw new Error(`The ${config.adapter} adapter is not available in this build.`);
  }
}

function startBridge(win: Window): void {
  const config = readBridgeConfig(win.document);
  const dcOrigin = allowedDcOrigin(win.location.search, config);
  if (!dcOrigin) throw new Error(refuseDcOrigin(win));
  if (win.parent === win) throw new Error('The bridge page must be framed by Desktop Connect.');
  const server = new BridgeServer({
    win,
    parent: win.parent,
    dcOrigin,
    adapter: createAdapter(config, win),
    dropLog: new DropLog('console bridge'),
  });
  server.start();
  win.addEventListener('pagehide', () => server.stop());
  findSimulator(win)?.registerBridge({ kill: () => server.stop(), reload: () => win.location.reload() });
}

try {
  startBridge(window);
} catch (err) {
  console.error(`omni console bridge: ${(err as Error).message}`);
}
