import WebSocket from 'ws';
import type { RunningServer } from '../harness/web-server';

/** A reply envelope as it crosses the browser-mode WebSocket. */
export type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; path?: string } };

/** Opens the API socket with the run's token in the address, as a script (not a page) would. */
export function openApi(server: Pick<RunningServer, 'origin' | 'token'>): Promise<WebSocket> {
  const ws = new WebSocket(`${server.origin.replace('http', 'ws')}/api?token=${encodeURIComponent(server.token)}`);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
  });
}

/** Sends one request and waits for the message answering its id (events and the hello are skipped). */
export function request(ws: WebSocket, id: number, method: string, input: unknown): Promise<{ id: number; reply: Reply }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no reply to ${method}`)), 10_000);
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as { id?: number; reply?: Reply };
      if (message.id !== id) return;
      clearTimeout(timer);
      ws.off('message', onMessage);
      resolve(message as { id: number; reply: Reply });
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, method, input }));
  });
}

let nextId = 1000;

/** One call on a short-lived connection, unwrapped: for seeding data or checking what is on disk. */
export async function apiCall<T = unknown>(server: Pick<RunningServer, 'origin' | 'token'>, method: string, input: unknown = {}): Promise<T> {
  const ws = await openApi(server);
  try {
    const { reply } = await request(ws, nextId++, method, input);
    if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code} ${reply.error.message}`);
    return reply.value as T;
  } finally {
    ws.close();
  }
}
