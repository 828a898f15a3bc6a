import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Backend } from '../core/backend';
import { cookieName, judgeRequest } from './auth';
import { handleFileRoute, type FileRouteOptions } from './file-routes';
import { WsRequestSchema } from './protocol';
import { securityHeaders } from './security-headers';

export interface WebServerOptions {
  backend: Backend;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  files?: FileRouteOptions;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const refusal = {
  401: 'TESR Studio : jeton absent ou invalide. Ouvrez l’adresse affichée par « npm run web ».\nTESR Studio: missing or invalid token. Open the address printed by "npm run web".\n',
  403: 'TESR Studio : accès réservé à cette machine (127.0.0.1).\nTESR Studio: access is limited to this machine (127.0.0.1).\n',
};

/** Serves the renderer and the one API over a WebSocket, on 127.0.0.1 only, behind a per-run token. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { backend } = options;
  const serveStatic = sirv(options.staticDir, {
    single: true,
    etag: true,
    setHeaders: (res, pathname) => {
      for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v);
      if (pathname.endsWith('.html') || pathname === '/') res.setHeader('Cache-Control', 'no-store');
    },
  });
  let port = options.port ?? 0;

  const facts = (req: IncomingMessage) => ({
    host: req.headers.host,
    origin: req.headers.origin,
    cookie: req.headers.cookie,
    url: req.url ?? '/',
  });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const verdict = judgeRequest(facts(req), port, token);
    if (!verdict.ok) {
      res.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders });
      res.end(refusal[verdict.status]);
      return;
    }
    if (verdict.viaQuery) {
      // Trade the token in the address for a cookie, so it leaves the address bar and history.
      const url = new URL(req.url ?? '/', 'http://localhost');
      url.searchParams.delete('token');
      res.writeHead(303, {
        'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.search,
        ...securityHeaders,
      });
      res.end();
      return;
    }
    if (handleFileRoute(req, res, backend, options.files)) return;
    serveStatic(req, res, () => {
      res.writeHead(404).end();
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 32 * 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const verdict = judgeRequest(facts(req), port, token);
    if (!verdict.ok || new URL(req.url ?? '/', 'http://localhost').pathname !== '/api') {
      const status = verdict.ok ? 404 : verdict.status;
      socket.end(`HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Refused'}\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  });

  wss.on('connection', (ws: WebSocket) => {
    const clientId = randomUUID();
    ws.send(JSON.stringify({ hello: { clientId } }));
    ws.on('message', async (data) => {
      let request;
      try {
        request = WsRequestSchema.parse(JSON.parse(String(data)));
      } catch {
        ws.close(1003, 'malformed request');
        return;
      }
      const reply = await backend.dispatch(request.method, request.input, clientId);
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: request.id, reply }));
    });
  });

  const unsubscribe = backend.onEvent((event) => {
    const message = JSON.stringify({ event });
    for (const client of wss.clients) if (client.readyState === client.OPEN) client.send(message);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const c of wss.clients) c.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
