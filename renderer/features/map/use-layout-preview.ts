import { useReactFlow } from '@xyflow/react';
import { startTransition, useEffect, useRef, useState } from 'react';
import { viewEdges, type MapGraph } from '../../../shared/map/graph';
import { powerInterestLayout, sectorsLayout, type LayoutId, type Positions } from '../../../shared/map/layouts';
import { runForceLayout, type RunningLayout } from './force-layout';
import { FIT } from './MapFlow';

/**
 * The layout being tried: sectors and power–interest are computed at once, ForceAtlas2 in a worker
 * with progress and cancel. A preview is never saved by itself (manual positions are never lost by
 * trying a layout); `manual` goes back to the saved positions.
 */
export function useLayoutPreview(graph: MapGraph) {
  const flow = useReactFlow();
  const [layout, setLayout] = useState<LayoutId>('manual');
  const [preview, setPreview] = useState<Positions | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const running = useRef<RunningLayout | null>(null);

  const cancelRun = () => {
    running.current?.cancel();
    running.current = null;
    setProgress(null);
  };

  const chooseLayout = (id: LayoutId) => {
    cancelRun();
    setLayout(id);
    if (id === 'manual') {
      setPreview(null);
    } else if (id === 'sectors') {
      setPreview(sectorsLayout(graph.nodes));
    } else if (id === 'power_interest') {
      setPreview(powerInterestLayout(graph.nodes, 1));
    } else {
      setProgress(0);
      running.current = runForceLayout(
        { nodes: graph.nodes, edges: viewEdges(graph.edges, 'both'), seed: 1 },
        (f) => setProgress(f),
        (p) => {
          running.current = null;
          setProgress(null);
          // Thousands of actors move at once: rendered as a transition, in slices, so the page
          // stays responsive while the result lands.
          startTransition(() => setPreview(p));
        },
      );
    }
  };
  useEffect(() => () => running.current?.cancel(), []);
  // A new layout (or the way back to the saved one) is framed whole; manual edits keep the viewport
  // where the user left it. On opening, the map frames itself (MapFlow): no second, animated fit.
  const shown = useRef(preview);
  useEffect(() => {
    if (shown.current === preview) return;
    shown.current = preview;
    const id = requestAnimationFrame(() => void flow.fitView({ ...FIT, duration: 300 }));
    return () => cancelAnimationFrame(id);
  }, [preview, flow]);

  /** After the preview was saved: back to the saved positions, which are now the preview's. */
  const kept = () => {
    setPreview(null);
    setLayout('manual');
  };

  return { layout, preview, setPreview, progress, chooseLayout, kept };
}
