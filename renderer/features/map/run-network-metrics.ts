import { networkMetrics, type NetworkInput, type NetworkMetrics } from '../../../shared/analysis/network';

export interface MetricsRequest {
  input: NetworkInput;
  seed: number;
}
export type MetricsReply = { ok: true; metrics: NetworkMetrics } | { ok: false; message: string };

/**
 * Computes the network metrics of a map in a Web Worker of its own, ended when the map no longer
 * needs them (another view, another snapshot). Where there is no Worker (jsdom), after the current task.
 */
export function runNetworkMetrics(request: MetricsRequest): { result: Promise<NetworkMetrics>; cancel(): void } {
  if (typeof Worker === 'undefined') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = new Promise<NetworkMetrics>((resolve, reject) => {
      timer = setTimeout(() => {
        try {
          resolve(networkMetrics(request.input, { seed: request.seed }));
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      }, 0);
    });
    return { result, cancel: () => clearTimeout(timer) };
  }
  const worker = new Worker(new URL('./network-metrics.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<NetworkMetrics>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<MetricsReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.metrics);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'network metrics worker failed'));
    };
  });
  worker.postMessage(request satisfies MetricsRequest);
  return { result, cancel: () => worker.terminate() };
}
