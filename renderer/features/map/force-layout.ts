import type { MapEdge, MapNode } from '../../../shared/map/graph';
import { createForceLayout, forceIterations, type Positions } from '../../../shared/map/layouts';

export interface LayoutRequest {
  nodes: Pick<MapNode, 'id' | 'label' | 'collegeIndex' | 'influence' | 'interest' | 'size' | 'x' | 'y'>[];
  edges: Pick<MapEdge, 'source' | 'target' | 'strength'>[];
  seed: number;
}
export type LayoutReply = { type: 'progress'; done: number; total: number } | { type: 'done'; positions: Positions };

export interface RunningLayout {
  cancel(): void;
}

/**
 * Runs ForceAtlas2 in a Web Worker, never on the UI thread; `onProgress` gets 0..1. Where there
 * is no Worker (tests in jsdom), it runs in small chunks between tasks instead.
 */
export function runForceLayout(request: LayoutRequest, onProgress: (fraction: number) => void, onDone: (positions: Positions) => void): RunningLayout {
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.done / reply.total);
      else {
        worker.terminate();
        onDone(reply.positions);
      }
    };
    worker.postMessage(request);
    return { cancel: () => worker.terminate() };
  }
  let cancelled = false;
  const layout = createForceLayout(request.nodes, request.edges, request.seed);
  const total = forceIterations(request.nodes.length);
  let done = 0;
  const tick = () => {
    if (cancelled) return;
    layout.step(Math.min(20, total - done));
    done = Math.min(total, done + 20);
    onProgress(done / total);
    if (done >= total) onDone(layout.positions());
    else setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return { cancel: () => (cancelled = true) };
}
