import type { AnalysisOptions } from '../../../shared/analysis/analyze';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { createAnalysisEngine, type AnalysisView, type ExportFormat, type MatrixExport, type MatrixKey } from './analysis-engine';

export type AnalysisRequest =
  | { type: 'analyze'; id: number; snapshot: WalkSnapshot; options: AnalysisOptions }
  | { type: 'export'; id: number; of: number; key: MatrixKey; format: ExportFormat; corner: string };
export type AnalysisReply = { id: number; ok: true; value: AnalysisView | MatrixExport | null } | { id: number; ok: false; message: string };

interface Job {
  request: AnalysisRequest;
  resolve: (value: AnalysisView | MatrixExport | null) => void;
  reject: (e: Error) => void;
}

/**
 * One worker, one request at a time, the others waiting here. A request given up (its AbortSignal)
 * leaves the queue; if the worker is already on it, it runs to its end (Chromium lets a busy
 * worker run on for up to 2 s after terminate(), so stopping it would only make two analyses
 * compete) and its result is dropped. The engine remembers it: a screen that moves on to a reloaded
 * snapshot with the same content (every navigation reloads it) gets its analysis at once.
 */
let worker: Worker | null = null;
let running: Job | null = null;
const queue: Job[] = [];
let nextId = 1;
/** Where there is no Worker (tests in jsdom): the same engine on the main thread, after the current task. */
let local: ReturnType<typeof createAnalysisEngine> | null = null;

function startWorker(): Worker {
  const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<AnalysisReply>) => {
    const reply = event.data;
    const job = running;
    if (!job || job.request.id !== reply.id) return;
    running = null;
    if (reply.ok) job.resolve(reply.value);
    else job.reject(new Error(reply.message));
    pump();
  };
  w.onerror = (event) => {
    running?.reject(new Error(event.message || 'analysis worker failed'));
    running = null;
    worker?.terminate();
    worker = null;
    pump();
  };
  return w;
}

function pump() {
  if (running) return;
  const job = queue.shift();
  if (!job) return;
  running = job;
  worker ??= startWorker();
  worker.postMessage(job.request);
}

function runLocal(request: AnalysisRequest): AnalysisView | MatrixExport | null {
  local ??= createAnalysisEngine();
  return request.type === 'analyze'
    ? local.analyze(request.id, request.snapshot, request.options)
    : local.exportMatrix(request.of, request.key, request.format, request.corner);
}

const aborted = () => new DOMException('analysis given up', 'AbortError');

function send(request: AnalysisRequest, signal?: AbortSignal): Promise<AnalysisView | MatrixExport | null> {
  if (signal?.aborted) return Promise.reject(aborted());
  if (typeof Worker === 'undefined') {
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        if (signal?.aborted) return reject(aborted());
        try {
          resolve(runLocal(request));
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      }, 0),
    );
  }
  return new Promise((resolve, reject) => {
    const job: Job = { request, resolve, reject };
    signal?.addEventListener('abort', () => {
      const queued = queue.indexOf(job);
      if (queued >= 0) queue.splice(queued, 1);
      else if (running !== job) return;
      reject(aborted());
    });
    queue.push(job);
    pump();
  });
}

/**
 * Analyses the walk in a Web Worker, so the UI stays responsive on big maps. Without options, the
 * analysis takes what the walk stores (MID, legitimacy, urgency). Abort `signal` when the result
 * is no longer wanted: the promise then rejects with an AbortError.
 */
export function runAnalysis(snapshot: WalkSnapshot, options: AnalysisOptions = {}, signal?: AbortSignal): Promise<AnalysisView> {
  return send({ type: 'analyze', id: nextId++, snapshot, options }, signal) as Promise<AnalysisView>;
}

/**
 * The whole matrix `key` of analysis `of`, built in the worker for a download (millions of cells
 * on a big operation). null when that analysis is no longer kept (the screen has a newer one).
 */
export function exportMatrix<F extends ExportFormat>(of: number, key: MatrixKey, format: F, corner: string): Promise<Extract<MatrixExport, { format: F }> | null> {
  return send({ type: 'export', id: nextId++, of, key, format, corner }) as Promise<Extract<MatrixExport, { format: F }> | null>;
}
