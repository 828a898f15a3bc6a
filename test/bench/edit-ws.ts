import type { Browser, Page } from 'playwright-core';
import { startServer, tempWorkspace, type RunningServer } from '../harness/web-server';
import { stopServer } from './server';
import { onCleanup } from './cleanup';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

export interface EditBenchOptions {
  warmup: number;
  n: number;
}

/** Per-request times in ms: the edits and the non-writing baseline, interleaved one for one. */
export interface EditSamples {
  edits: number[];
  reads: number[];
}

interface PageArgs extends EditBenchOptions {
  url: string;
  timeoutMs: number;
}

/**
 * Runs IN the page (serialised by Playwright, so it may use nothing from this module). Opens its
 * own socket to the API, as the renderer's ws-transport does, creates one operation, then times
 * each `operations.update` from send until both its reply and its change event are in, and each
 * `operations.get` (no write) until its reply is in.
 */
async function editLoopInPage(args: PageArgs): Promise<EditSamples> {
  type Pending = { id: number; needEvent: boolean; reply: unknown; evented: boolean; t0: number; resolve: (r: { t: number; reply: unknown }) => void };
  const ws = new WebSocket(args.url);
  let clientId: string | null = null;
  let pending: Pending | null = null;
  let nextId = 1;
  let failure: ((e: Error) => void) | null = null;
  let helloResolve: (() => void) | null = null;

  const settle = (p: Pending, now: number) => {
    if (p.reply === undefined || (p.needEvent && !p.evented)) return;
    pending = null;
    p.resolve({ t: now - p.t0, reply: p.reply });
  };
  ws.onmessage = (msg) => {
    const now = performance.now();
    const data = JSON.parse(String(msg.data)) as { hello?: { clientId: string }; id?: number; reply?: unknown; event?: { type: string; clientId?: string } };
    if (data.hello) {
      clientId = data.hello.clientId;
      helloResolve?.();
    } else if (typeof data.id === 'number' && pending && data.id === pending.id) {
      pending.reply = data.reply;
      settle(pending, now);
    } else if (data.event?.type === 'change' && pending?.needEvent && data.event.clientId === clientId) {
      pending.evented = true;
      settle(pending, now);
    }
  };
  ws.onerror = () => failure?.(new Error('WebSocket error'));
  ws.onclose = (e) => failure?.(new Error(`WebSocket closed (${e.code} ${e.reason})`));

  await new Promise<void>((resolve, reject) => {
    failure = reject;
    helloResolve = resolve;
    setTimeout(() => reject(new Error('no hello from the server')), args.timeoutMs);
  });

  const request = (method: string, input: unknown, needEvent: boolean) =>
    new Promise<{ t: number; reply: unknown }>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`${method} #${id}: no reply/event within ${args.timeoutMs} ms`)), args.timeoutMs);
      failure = reject;
      const message = JSON.stringify({ id, method, input });
      pending = {
        id,
        needEvent,
        reply: undefined,
        evented: false,
        t0: performance.now(),
        resolve: (r) => {
          clearTimeout(timer);
          const reply = r.reply as { ok: boolean; value?: unknown; error?: unknown };
          if (reply.ok) resolve(r);
          else reject(new Error(`${method} failed: ${JSON.stringify(reply.error)}`));
        },
      };
      ws.send(message);
    });

  const created = await request('operations.create', { title: 'Bench' }, true);
  const opId = ((created.reply as { value: { id: string } }).value).id;
  const edit = async (i: number) => (await request('operations.update', { id: opId, patch: { title: `Bench ${i}` } }, true)).t;
  const read = async () => (await request('operations.get', { id: opId }, false)).t;

  for (let i = 0; i < args.warmup; i++) {
    await edit(i);
    await read();
  }
  const edits: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < args.n; i++) {
    edits.push(await edit(args.warmup + i));
    reads.push(await read());
  }
  failure = null;
  ws.close();
  return { edits, reads };
}

/**
 * Browser mode on a fresh temp workspace, one Chromium page on it, and the edit loop in the page.
 * `withApp: false` keeps the app's scripts from running (the page is the app's own origin and
 * cookie, but nothing else talks to the server); `withApp: true` lets the app run, so each change
 * event also makes the open app refetch what it shows, as it would for a user.
 */
export async function measureWsEdits(browser: Browser, options: EditBenchOptions & { withApp: boolean }): Promise<EditSamples> {
  const workspace = tempWorkspace();
  let server: RunningServer;
  try {
    server = await startServer(workspace);
  } catch (e) {
    rmSync(dirname(workspace), { recursive: true, force: true });
    throw e;
  }
  const stop = onCleanup(async () => {
    await stopServer(server);
    rmSync(dirname(workspace), { recursive: true, force: true });
  });
  const context = await browser.newContext();
  const closeContext = onCleanup(() => context.close());
  try {
    const page: Page = await context.newPage();
    if (!options.withApp) {
      await page.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.continue()));
      await page.goto(server.url); // the token becomes a cookie, then the app's page loads
      await page.unrouteAll();
    } else {
      const appSocket = page.waitForEvent('websocket', { timeout: 30_000 });
      await page.goto(server.url);
      const socket = await appSocket;
      // The app's first loads (operations, history, preferences) are done when it has heard back.
      await socket.waitForEvent('framereceived', { timeout: 30_000 });
      await page.waitForTimeout(500);
    }
    // tsx names functions with esbuild's `__name` helper, which the page lacks: give it a no-op.
    await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
    return await page.evaluate(editLoopInPage, { warmup: options.warmup, n: options.n, url: `ws://127.0.0.1:${server.port}/api`, timeoutMs: 10_000 });
  } finally {
    await closeContext();
    await stop();
  }
}
