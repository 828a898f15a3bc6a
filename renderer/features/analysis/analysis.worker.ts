/// <reference lib="webworker" />
import { createAnalysisEngine } from './analysis-engine';
import type { AnalysisReply, AnalysisRequest } from './run-analysis';

/** Every analysis of the open operation, off the main thread (big maps take a while). */
const engine = createAnalysisEngine();

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  try {
    const reply: AnalysisReply =
      request.type === 'analyze'
        ? { id: request.id, ok: true, value: engine.analyze(request.id, request.snapshot, request.options) }
        : { id: request.id, ok: true, value: engine.exportMatrix(request.of, request.key, request.format, request.corner) };
    self.postMessage(reply);
  } catch (err) {
    self.postMessage({ id: request.id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies AnalysisReply);
  }
};
