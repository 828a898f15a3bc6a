/// <reference lib="webworker" />
import { networkMetrics } from '../../../shared/analysis/network';
import type { MetricsReply, MetricsRequest } from './run-network-metrics';

/** The map's network metrics (degree, betweenness, Louvain), off the main thread. */
self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  try {
    self.postMessage({ ok: true, metrics: networkMetrics(event.data.input, { seed: event.data.seed }) } satisfies MetricsReply);
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) } satisfies MetricsReply);
  }
};
