import { analyzeWalk, type AnalysisOptions, type WalkAnalysis } from '../../../shared/analysis/analyze';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';

export interface AnalysisRequest {
  id: number;
  snapshot: WalkSnapshot;
  options: AnalysisOptions;
}
export type AnalysisReply = { id: number; ok: true; analysis: WalkAnalysis } | { id: number; ok: false; message: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (a: WalkAnalysis) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.analysis);
      else p.reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      for (const p of pending.values()) p.reject(new Error(event.message || 'analysis worker failed'));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  }
  return worker;
}

/**
 * Runs `analyzeWalk` in a Web Worker (one, reused), so the UI stays responsive on big maps. Where
 * there is no Worker (tests in jsdom), it runs on the main thread after the current task.
 */
export function runAnalysis(snapshot: WalkSnapshot, options: AnalysisOptions): Promise<WalkAnalysis> {
  if (typeof Worker === 'undefined') {
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(analyzeWalk(snapshot, options));
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      }, 0);
    });
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, snapshot, options } satisfies AnalysisRequest);
  });
}
