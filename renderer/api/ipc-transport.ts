import type { Transport } from './transport';

/** What electron/preload exposes on `window.tesr`: nothing but these two functions. */
export interface PreloadBridge {
  call(method: string, input: unknown): Promise<unknown>;
  on(listener: (event: unknown) => void): () => void;
  /** Opens a .tesr file dropped on the window (the preload resolves its path; main checks it). Replies with an envelope. */
  openDroppedFile?(file: File): Promise<unknown>;
}

export function createIpcTransport(bridge: PreloadBridge): Transport {
  return {
    call: (method, input) => bridge.call(method, input),
    on: (listener) => bridge.on(listener),
    onStatus: () => () => undefined, // IPC to the main process does not drop
  };
}
