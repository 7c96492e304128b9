import type { AdapterName } from '@shared/protocol/envelope';
import { ConsoleCallError, type ConsoleAdapter } from './console-adapter';

/**
 * The adapter of a bridge that is not inside a console (Desktop Connect opened on its own, or a
 * standard Salesforce app): it says so in its hello and refuses every request.
 */
export class NoConsoleAdapter implements ConsoleAdapter {
  constructor(readonly name: AdapterName) {}

  isConsoleMode(): boolean {
    return false;
  }

  call(): Promise<never> {
    return Promise.reject(new ConsoleCallError('console-mode-required', 'Omni-Channel works in console mode only.'));
  }

  subscribe(): () => void {
    return () => undefined;
  }

  dispose(): void {
    // Nothing was subscribed in any console.
  }
}
