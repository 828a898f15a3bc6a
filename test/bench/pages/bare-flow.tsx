import { ReactFlow, useNodesInitialized, useReactFlow, ReactFlowProvider, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The bench's baseline (issue 4): React Flow as it comes, default nodes and edges, showing the same
 * graph as the map. The bench injects the graph as `window.__BENCH_GRAPH__` before the page runs;
 * `?zoom=1` opens at 100 % on the graph's centre instead of fitting it. `data-ready` on the body
 * marks the moment every node is measured and shown (React Flow hides nodes until then).
 */
interface BenchGraph {
  nodes: { id: string; label: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
}
const graph = (window as unknown as { __BENCH_GRAPH__: BenchGraph }).__BENCH_GRAPH__;
const nodes: Node[] = graph.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: n.label } }));
const edges: Edge[] = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
const atZoom1 = new URLSearchParams(location.search).get('zoom') === '1';

function Ready() {
  const initialised = useNodesInitialized();
  const flow = useReactFlow();
  useEffect(() => {
    if (!initialised) return;
    // After React Flow's own fitView on initialisation.
    requestAnimationFrame(() => {
      if (atZoom1) {
        const xs = graph.nodes.map((n) => n.x);
        const ys = graph.nodes.map((n) => n.y);
        void flow.setCenter((Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2, { zoom: 1 });
      }
      requestAnimationFrame(() => (document.body.dataset.ready = 'true'));
    });
  }, [initialised, flow]);
  return null;
}

createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView minZoom={0.05} maxZoom={3}>
      <Ready />
    </ReactFlow>
  </ReactFlowProvider>,
);
