import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { TableKind } from '../../../shared/files/table';
import { ImportInvalidError, type ImportFormat } from './import-report';
import type { ReadOptions } from './csv-reader';
import type { ParsedFile } from './read-import';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const WORKER_HEAP_MB = 1024;

/**
 * A worker thread cannot load its script from inside the app's asar archive: the packaged app keeps
 * import-worker.js unpacked (package.json, build.asarUnpack), beside the archive.
 */
export const outsideAsar = (path: string) => path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');

/**
 * Where the worker's code is: beside this module when running from the TypeScript sources (tsx,
 * vitest: the worker registers tsx's loader first), or the bundle's own `import-worker.js` beside
 * the bundled main script (scripts/build-electron.js builds it as a second entry).
 */
function workerFor(request: WorkerRequest): Worker {
  // A heap of its own, capped: a file that somehow outgrows the limits kills the worker, not the app.
  const options = { workerData: request, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const fromSources = import.meta.url.endsWith('.ts');
  // Paths built by hand: Vite, which runs the renderer's tests, rewrites `new URL('./x', import.meta.url)`.
  const beside = (file: string) => pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), file));
  if (!fromSources) return new Worker(outsideAsar(fileURLToPath(beside('import-worker.js'))), options);
  // tsx's ESM API: the .mjs beside the .cjs that require() resolves.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = beside('import-worker.ts').href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * `readImport` on a worker thread, for large files: the backend's own thread stays free to answer
 * (progress, cancel, other windows). Cancelling terminates the worker, which wrote nothing.
 */
export function readImportInWorker(path: string, name: string, format: ImportFormat, kind: TableKind | undefined, options: ReadOptions): Promise<ParsedFile> {
  const cancelled = () => new AppError('import-cancelled', { file: name });
  if (options.signal?.aborted) return Promise.reject(cancelled());
  const worker = workerFor({ path, name, format, kind, limits: options.limits });
  return new Promise<ParsedFile>((resolve, reject) => {
    const settle = (fn: () => void) => {
      options.signal?.removeEventListener('abort', abort);
      fn();
      void worker.terminate();
    };
    const abort = () => settle(() => reject(cancelled()));
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') options.onProgress?.(reply.read, reply.total);
      else if (reply.type === 'done') settle(() => resolve(reply.parsed));
      else if (reply.type === 'invalid') settle(() => reject(new ImportInvalidError(reply.report)));
      else settle(() => reject(new AppError(reply.code, reply.params)));
    });
    // A worker that dies (out of memory, a crash) is an error of ours, never a hung import.
    worker.on('error', (e) => settle(() => reject(new AppError('internal', { detail: e.message }))));
    worker.on('exit', (code) => settle(() => reject(new AppError('internal', { detail: `import worker stopped (${code})` }))));
  });
}
