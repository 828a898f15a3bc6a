/// <reference lib="webworker" />
import { analyzeWalk } from '../../../shared/analysis/analyze';
import type { AnalysisReply, AnalysisRequest } from './run-analysis';

/** Every analysis of the open operation, off the main thread (big maps take a while). */
self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, snapshot, options } = event.data;
  try {
    self.postMessage({ id, ok: true, analysis: analyzeWalk(snapshot, options) } satisfies AnalysisReply);
  } catch (err) {
    self.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies AnalysisReply);
  }
};
