import { transportError, type Transport } from './transport';

type Pending = (reply: unknown) => void;

/**
 * Browser-mode transport: one WebSocket to the loopback server (the token travels as a cookie).
 * Requests made while disconnected wait for the reconnection; a request in flight when the
 * connection drops gets a `transport` error, since whether it committed is unknown.
 */
export function createWsTransport(url: string): Transport & { close(): void } {
  const pending = new Map<number, Pending>();
  const queue: string[] = [];
  const listeners = new Set<(e: unknown) => void>();
  const statusListeners = new Set<(c: boolean) => void>();
  let socket: WebSocket | null = null;
  let nextId = 1;
  let delay = 250;
  let closed = false;

  const setStatus = (connected: boolean) => statusListeners.forEach((l) => l(connected));

  function connect() {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      delay = 250;
      while (queue.length) ws.send(queue.shift()!);
      setStatus(true);
    };
    ws.onmessage = (msg) => {
      let data: unknown;
      try {
        data = JSON.parse(String(msg.data));
      } catch {
        return;
      }
      if (typeof data !== 'object' || data === null) return;
      const d = data as { id?: number; reply?: unknown; event?: unknown };
      if (typeof d.id === 'number' && pending.has(d.id)) {
        pending.get(d.id)!(d.reply);
        pending.delete(d.id);
      } else if (d.event !== undefined) {
        listeners.forEach((l) => l(d.event));
      }
    };
    ws.onclose = () => {
      socket = null;
      for (const resolve of pending.values()) resolve(transportError('connection lost'));
      pending.clear();
      if (closed) return;
      setStatus(false);
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    };
  }
  connect();

  return {
    call(method, input) {
      const id = nextId++;
      const message = JSON.stringify({ id, method, input });
      return new Promise((resolve) => {
        pending.set(id, resolve);
        if (socket?.readyState === WebSocket.OPEN) socket.send(message);
        else queue.push(message);
      });
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}
