import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { fileSource } from './byte-source';
import { ImportInvalidError } from './import-report';
import { readImport } from './read-import';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * The parsing worker: reads one file from disk (streamed for CSV) and sends back the parsed data,
 * so a large file never blocks the thread that answers the windows. It writes nothing anywhere.
 */
const request = workerData as WorkerRequest;
const post = (reply: WorkerReply) => parentPort!.postMessage(reply);
let last = 0;

try {
  const parsed = await readImport(fileSource(request.path, request.name), request.format, request.kind, {
    limits: request.limits,
    onProgress: (read, total) => {
      // A message per chunk is plenty; the backend throttles what reaches the windows.
      if (read === total || read - last >= total / 200) post({ type: 'progress', read, total });
      last = read;
    },
  });
  post({ type: 'done', parsed });
} catch (e) {
  if (e instanceof ImportInvalidError) post({ type: 'invalid', report: e.report });
  else if (e instanceof AppError) post({ type: 'error', code: e.code, params: e.params });
  else post({ type: 'error', code: 'internal', params: { detail: e instanceof Error ? e.message : String(e) } });
}
