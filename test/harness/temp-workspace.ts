import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend } from '../../electron/core/backend';

/** A temp folder removed after the test: `using dir = tempDir()`-style, via the returned cleanup. */
export function tempDir(): { path: string; file(name: string): string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), 'tesr-test-'));
  return { path, file: (name) => join(path, name), cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** A real backend on a real SQLite file in a temp folder. */
export function tempBackend(options: { example?: boolean } = {}): Backend & { dir: ReturnType<typeof tempDir> } {
  const dir = tempDir();
  const backend = openBackend(dir.file('test.tesr'), { create: true, preferencesPath: dir.file('preferences.json'), ...options });
  const closeBackend = backend.close;
  return Object.assign(backend, {
    dir,
    close() {
      closeBackend();
      dir.cleanup();
    },
  });
}

export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Calls the dispatcher and unwraps the envelope, failing loudly on an error reply. */
export async function call<T = unknown>(backend: Backend, method: string, input: unknown = {}): Promise<T> {
  const reply = await backend.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}
