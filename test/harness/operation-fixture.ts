import { afterEach, beforeEach } from 'vitest';
import { call, tempBackend } from './temp-workspace';

export type TempBackend = ReturnType<typeof tempBackend>;

/**
 * Before each test of the file, a fresh backend with one operation, handed to `use` (which keeps
 * them in the file's own variables); closed after the test. For backend tests of one operation.
 */
export function eachWithOperation(use: (backend: TempBackend, operationId: string) => void, title = 'Loos-en-Gohelle'): void {
  let backend: TempBackend | null = null;
  beforeEach(async () => {
    backend = tempBackend();
    use(backend, (await call<{ id: string }>(backend, 'operations.create', { title })).id);
  });
  afterEach(() => backend?.close());
}
