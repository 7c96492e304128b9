import type { RequestMessage, ResponsePayload } from '@shared/protocol/envelope';
import type { RequestParams, RequestType } from '@shared/protocol/requests.schema';
import { ConsoleCallError, type ConsoleAdapter } from './adapters/console-adapter';

/**
 * Carries out one checked request through the adapter and says how it went, for both ends that
 * serve omni-mfe: the bridge page (BridgeServer) and the Lightning relay (RelayServer). Outside
 * console mode nothing reaches the console. Never rejects.
 */
export async function serveRequest(adapter: ConsoleAdapter, request: RequestMessage): Promise<ResponsePayload> {
  if (!adapter.isConsoleMode()) {
    return { ok: false, error: { code: 'console-mode-required', message: 'Omni-Channel works in console mode only.' } };
  }
  try {
    const result = await adapter.call(request.type, request.payload as RequestParams<RequestType>);
    return { ok: true, result };
  } catch (err) {
    const code = err instanceof ConsoleCallError ? err.code : 'console';
    return { ok: false, error: { code, message: String((err as Error)?.message ?? err).slice(0, 1000) } };
  }
}
