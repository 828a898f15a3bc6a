import { test as base } from '@playwright/test';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer, tempWorkspace, type RunningServer } from '../harness/web-server';
import { OperationsPage } from './pages/operations-page';

export { expect } from './expect';

interface Fixtures {
  /** Browser mode on a fresh temp workspace, for this test only (stopped and removed after it). */
  server: RunningServer;
  /**
   * Stops the current server and starts a new process on the same workspace file (and data
   * folder). Resolves with the new server; the page object is pointed at its address.
   */
  restartServer: () => Promise<RunningServer>;
  /** The operations screen on `page`, not yet opened (call `goto()`). */
  operationsPage: OperationsPage;
}

const buildLock = join(tmpdir(), 'tesr-e2e-server-start.lock');

/**
 * scripts/web.js rebuilds the renderer when any file under renderer/ or shared/ is newer than
 * dist/renderer (unit tests sit next to the sources, so editing one makes the build "stale").
 * Two servers starting at once would then run two Vite builds, and the second one dies with
 * "Found another Vite build process". Server starts are therefore serialised across workers: the
 * first start rebuilds if needed, the next ones find the build fresh. A start takes ~0.4 s.
 */
async function startServerSerialised(workspace: string): Promise<RunningServer> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(buildLock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A holder killed mid-start (test timeout) leaves the lock behind: a build takes seconds.
      try {
        if (Date.now() - statSync(buildLock).mtimeMs > 90_000) rmSync(buildLock, { recursive: true, force: true });
      } catch {
        // removed meanwhile by its holder
      }
      if (Date.now() > deadline) throw new Error(`could not take ${buildLock}`);
      await sleep(100);
    }
  }
  try {
    return await startServer(workspace);
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}

/** The harness's stop() waits for the exit; do not let a stuck process hang the teardown. */
async function stopWithin(server: RunningServer, ms = 5_000) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  const outcome = await Promise.race([server.stop(), timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout' && server.process.exitCode === null) server.process.kill('SIGKILL');
}

export const test = base.extend<Fixtures & { started: RunningServer[] }>({
  started: async ({}, use) => {
    const started: RunningServer[] = [];
    await use(started);
    for (const s of started) await stopWithin(s);
    const workspaces = new Set(started.map((s) => s.workspace));
    for (const w of workspaces) rmSync(dirname(w), { recursive: true, force: true });
  },

  server: async ({ started }, use) => {
    const workspace = tempWorkspace();
    const server = await startServerSerialised(workspace).catch((e: unknown) => {
      rmSync(dirname(workspace), { recursive: true, force: true });
      throw e;
    });
    started.push(server);
    await use(server);
  },

  operationsPage: async ({ page, server }, use) => {
    await use(new OperationsPage(page, server.url));
  },

  restartServer: async ({ server, started, operationsPage }, use) => {
    let current = server;
    await use(async () => {
      await stopWithin(current);
      current = await startServerSerialised(current.workspace);
      started.push(current);
      operationsPage.url = current.url;
      return current;
    });
  },
});
