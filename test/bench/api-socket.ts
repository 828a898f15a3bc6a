import WebSocket from 'ws';
import type { RunningServer } from '../harness/web-server';

/**
 * A script's own connection to browser mode's /api, speaking the renderer's protocol: calls by id,
 * and the events every window receives (changes, progress), awaited by a predicate.
 */
export class ApiSocket {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: { ok: boolean; value?: unknown; error?: { code: string; message: string } }) => void>();
  private readonly waiting = new Set<{ test: (e: Record<string, unknown>) => boolean; resolve: () => void }>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; reply?: never; event?: Record<string, unknown> };
      if (typeof message.id === 'number') {
        this.pending.get(message.id)?.(message.reply!);
        this.pending.delete(message.id);
      } else if (message.event) {
        for (const w of this.waiting) {
          if (!w.test(message.event)) continue;
          this.waiting.delete(w);
          w.resolve();
        }
      }
    });
  }

  static open(server: Pick<RunningServer, 'origin' | 'token'>): Promise<ApiSocket> {
    const ws = new WebSocket(`${server.origin.replace('http', 'ws')}/api?token=${encodeURIComponent(server.token)}`, { maxPayload: 256 * 1024 * 1024 });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new ApiSocket(ws)));
      ws.once('error', reject);
    });
  }

  call<T = unknown>(method: string, input: unknown = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) => (reply.ok ? resolve(reply.value as T) : reject(Object.assign(new Error(reply.error!.message), { code: reply.error!.code }))));
      this.ws.send(JSON.stringify({ id, method, input }));
    });
  }

  /** Resolves on the next event that passes `test` (register before the call that causes it). */
  event(test: (e: Record<string, unknown>) => boolean): Promise<void> {
    return new Promise((resolve) => this.waiting.add({ test, resolve }));
  }

  close(): void {
    this.ws.close();
  }
}
