/// <reference lib="webworker" />
import { createForceLayout, forceIterations } from '../../../shared/map/layouts';
import type { LayoutRequest, LayoutReply } from './force-layout';

/**
 * ForceAtlas2 off the main thread: runs in chunks, reporting progress after each so the map can
 * show it; the map cancels by terminating the worker.
 */
const CHUNK = 10;
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, seed } = event.data;
  const layout = createForceLayout(nodes, edges, seed);
  const total = forceIterations(nodes.length);
  for (let done = 0; done < total; done += CHUNK) {
    layout.step(Math.min(CHUNK, total - done));
    self.postMessage({ type: 'progress', done: Math.min(total, done + CHUNK), total } satisfies LayoutReply);
  }
  self.postMessage({ type: 'done', positions: layout.positions() } satisfies LayoutReply);
};
