/** How the client reaches the backend: Electron IPC (preload) or the browser-mode WebSocket. */
export interface Transport {
  /** Resolves with the raw reply envelope; never rejects (a lost connection is an error envelope). */
  call(method: string, input: unknown): Promise<unknown>;
  /** Every event the backend broadcasts (changes, preferences, menu commands). */
  on(listener: (event: unknown) => void): () => void;
  /** Connection state, for transports that can lose it. */
  onStatus(listener: (connected: boolean) => void): () => void;
}

export const transportError = (message: string) => ({ ok: false, error: { code: 'transport', message } });
