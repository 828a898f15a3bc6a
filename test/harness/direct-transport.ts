import type { Backend } from '../../electron/core/backend';
import type { Transport } from '../../renderer/api/transport';

/**
 * The renderer's transport wired straight to a real backend in the same process, for component
 * tests: real dispatch, real SQLite, no network. Inputs and replies are copied as JSON, as they
 * would be over IPC or a WebSocket.
 */
export function createDirectTransport(backend: Backend): Transport {
  const copy = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
  return {
    call: async (method, input) => copy(await backend.dispatch(method, copy(input), 'test-window')),
    on: (listener) => backend.onEvent((e) => listener(copy(e))),
    onStatus: () => () => undefined,
  };
}
