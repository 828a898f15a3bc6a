import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AppEvent } from '../../shared/events';
import { openBackend, type Backend } from '../../electron/core/backend';
import { onCleanup } from './cleanup';
import type { EditBenchOptions, EditSamples } from './edit-ws';

/**
 * The same edits as the WebSocket bench, straight against the core (dispatch -> zod -> handler ->
 * SQLite commit with its journal -> change listener), with no transport: what is left is the
 * backend's own cost, so the difference with the WebSocket rows is the transport's.
 */
export async function measureCoreEdits({ warmup, n }: EditBenchOptions): Promise<EditSamples> {
  const dir = mkdtempSync(join(tmpdir(), 'tesr-bench-core-'));
  let backend: Backend | null = null;
  const cleanup = onCleanup(() => {
    backend?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  try {
    backend = openBackend(join(dir, 'bench.tesr'), { create: true, preferencesPath: join(dir, 'data', 'preferences.json') });
  } catch (e) {
    await cleanup();
    throw e;
  }
  return await editLoop(backend, { warmup, n }, cleanup);
}

async function editLoop(backend: Backend, { warmup, n }: EditBenchOptions, cleanup: () => Promise<void>): Promise<EditSamples> {
  const clientId = 'bench-core';
  let waiting: ((e: AppEvent) => void) | null = null;
  const off = backend.onEvent((e) => {
    if (e.type === 'change' && e.clientId === clientId && waiting) waiting(e);
  });

  try {
    const created = await backend.dispatch('operations.create', { title: 'Bench' }, clientId);
    if (!created.ok) throw new Error(`operations.create failed: ${JSON.stringify(created.error)}`);
    const opId = (created.value as { id: string }).id;

    /** Time from the call until both the reply and the change event are in. */
    const edit = async (i: number): Promise<number> => {
      let evented = false;
      const event = new Promise<void>((resolve) => {
        waiting = () => {
          evented = true;
          waiting = null;
          resolve();
        };
      });
      const t0 = performance.now();
      const reply = await backend.dispatch('operations.update', { id: opId, patch: { title: `Bench ${i}` } }, clientId);
      if (!evented) await event;
      const t = performance.now() - t0;
      if (!reply.ok) throw new Error(`operations.update failed: ${JSON.stringify(reply.error)}`);
      return t;
    };
    // Back to the event loop between samples (untimed), as a server would be, so Ctrl-C is heard.
    const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
    const read = async (): Promise<number> => {
      const t0 = performance.now();
      const reply = await backend.dispatch('operations.get', { id: opId }, clientId);
      const t = performance.now() - t0;
      if (!reply.ok) throw new Error(`operations.get failed: ${JSON.stringify(reply.error)}`);
      return t;
    };

    for (let i = 0; i < warmup; i++) {
      await edit(i);
      await read();
      await yieldToLoop();
    }
    const edits: number[] = [];
    const reads: number[] = [];
    // Interleaved, so drift (GC, JIT, the file growing) weighs on both series alike.
    for (let i = 0; i < n; i++) {
      edits.push(await edit(warmup + i));
      reads.push(await read());
      await yieldToLoop();
    }
    return { edits, reads };
  } finally {
    off();
    await cleanup();
  }
}
