import {
  Background,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type Connection,
  type NodeChange,
  type NodeMouseHandler,
  type OnBeforeDelete,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nodesNear } from './canvas/draw';
import { GraphCanvas } from './canvas/GraphCanvas';
import { CanvasMiniMap } from './canvas/CanvasMiniMap';
import { usePalette } from './canvas/palette';
import { buildScene, nodeAt } from './canvas/scene';
import { DOM_ACTORS, isLargeMap } from './canvas/tiers';
import { ArrowDefs, edgeTypes, nodeTypes, type ActorNodeType, type RelationEdgeType } from './map-elements';
import { collegeColour } from './map-style';

const NO_EDGES: RelationEdgeType[] = [];
const NO_IDS: ReadonlySet<string> = new Set();
/** Actors this far outside the view (a fraction of it) are made DOM nodes too, ready for a short pan. */
const DOM_MARGIN = 0.25;
const sameIds = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));

export interface MapFlowProps {
  /** Already derived (filters, view, decorations, positions applied): the flow only draws them. */
  nodes: ActorNodeType[];
  edges: RelationEdgeType[];
  onNodesChange?: (changes: NodeChange<ActorNodeType>[]) => void;
  onNodeDragStop?: OnNodeDrag<ActorNodeType>;
  onNodeDoubleClick?: NodeMouseHandler<ActorNodeType>;
  onPaneClick?: (event: React.MouseEvent) => void;
  onPaneDoubleClick?: (event: React.MouseEvent) => void;
  /** Without these two the map is read-only for links and deletion (the ecosystem view). */
  onConnect?: (connection: Connection) => void;
  onBeforeDelete?: OnBeforeDelete<ActorNodeType, RelationEdgeType>;
}

/** Far enough out to frame thousands of actors laid out by ForceAtlas2 (the canvas draws them at any scale). */
const MIN_ZOOM = 0.01;
/** Framing never zooms past 120 %: a map of one or two actors would otherwise open at 3×. */
export const FIT = { padding: 0.15, includeHiddenNodes: true, maxZoom: 1.2 };

/**
 * The React Flow canvas alone (with its background, minimap, controls and arrowheads), for both the
 * operation map and the ecosystem view: what it shows and what edits do is decided by its parent.
 * Memoised: the toolbar, layout progress and panels re-render the screen often; React Flow and the
 * canvas only need to when what they draw changes.
 */
export const MapFlow = memo(function MapFlow({ nodes, edges, onNodesChange, onNodeDragStop, onNodeDoubleClick, onPaneClick, onPaneDoubleClick, onConnect, onBeforeDelete }: MapFlowProps) {
  const { t } = useTranslation();
  const flow = useReactFlow<ActorNodeType, RelationEdgeType>();
  const store = useStoreApi<ActorNodeType, RelationEdgeType>();
  const large = isLargeMap(nodes.length, edges.length);
  // On large maps each actor is either a DOM node (React Flow: drag, connect, keyboard) or painted on
  // the canvas. The DOM ones are those near the view when a move ends, and only when few enough
  // (never changed mid-gesture, where mounting nodes would drop frames). React Flow renders every
  // node it has never measured once, wherever it is: the others are handed to it hidden.
  const [domIds, setDomIds] = useState<ReadonlySet<string>>(NO_IDS);
  // A large map is framed by our own fitView call, whose promise says when the view is really set
  // (React Flow's fitView prop clears its flag a frame before): nothing is drawn or decided before.
  const [framed, setFramed] = useState(false);
  const frame = useCallback(() => void flow.fitView(FIT).then(() => setFramed(true)), [flow]);
  // What the canvas layer draws, hit-tests and shows in its minimap (large maps only).
  const palette = usePalette();
  const scene = useMemo(() => (large && palette ? buildScene(nodes, edges, palette) : null), [large, nodes, edges, palette]);
  const decide = useCallback(() => {
    const { transform, width, height } = store.getState();
    if (!framed || !scene || width === 0) return;
    const near = nodesNear(scene, { x: transform[0], y: transform[1], zoom: transform[2], width, height, dpr: 1 }, DOM_MARGIN, DOM_ACTORS);
    setDomIds((current) => (sameIds(current, near) ? current : near));
  }, [framed, scene, store]);
  // Until the user moves the view, it keeps the whole map framed when the canvas changes size (the
  // toolbar wrapping, a panel opening, the window resized): the first fit may come before that.
  const touched = useRef(false);
  useEffect(() => {
    let size = [store.getState().width, store.getState().height];
    return store.subscribe((s) => {
      if (s.width === size[0] && s.height === size[1]) return;
      size = [s.width, s.height];
      if (!touched.current && s.width > 0 && s.height > 0) void flow.fitView(FIT);
    });
  }, [store, flow]);
  // The class that lets the compositor move the DOM layer during a move (see map.css).
  const wrapper = useRef<HTMLDivElement>(null);
  const moving = (on: boolean) => wrapper.current?.classList.toggle('is-moving', on);
  const flowNodes = useMemo(() => (large ? nodes.map((n) => (domIds.has(n.id) ? n : { ...n, hidden: true })) : nodes), [nodes, large, domIds]);
  // On the canvas, a click on an actor selects it as a click on its DOM node would.
  const paneClick = (event: React.MouseEvent) => {
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const hit = scene ? nodeAt(scene, at.x, at.y, 4 / store.getState().transform[2]) : -1;
    if (scene && hit >= 0 && onNodesChange) onNodesChange([{ type: 'select', id: scene.ids[hit]!, selected: true }]);
    else onPaneClick?.(event);
  };
  return (
    <>
      <ArrowDefs />
      <ReactFlow<ActorNodeType, RelationEdgeType>
        nodes={flowNodes}
        edges={large ? NO_EDGES : edges}
        onlyRenderVisibleElements={large}
        ref={wrapper}
        onInit={large ? frame : undefined}
        onMoveStart={(event) => {
          moving(true);
          if (event) touched.current = true;
        }}
        onMoveEnd={() => {
          moving(false);
          decide();
        }}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        onConnect={onConnect}
        onBeforeDelete={onBeforeDelete}
        onPaneClick={paneClick}
        onDoubleClick={onPaneDoubleClick}
        zoomOnDoubleClick={!onPaneDoubleClick}
        nodesConnectable={Boolean(onConnect)}
        nodeOrigin={[0.5, 0.5]}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={40}
        deleteKeyCode={onBeforeDelete ? ['Delete', 'Backspace'] : null}
        minZoom={MIN_ZOOM}
        maxZoom={3}
        fitView={!large}
        fitViewOptions={FIT}
        proOptions={{ hideAttribution: true }}
      >
        {/* Its pattern is repainted on every frame of a move: large maps go without. */}
        {!large && <Background gap={40} />}
        {scene && palette && <GraphCanvas scene={scene} palette={palette} domIds={domIds} framed={framed} onFirstFrame={decide} />}
        {scene ? (
          <CanvasMiniMap scene={scene} label={t('map.canvasLabel')} />
        ) : (
          <MiniMap pannable zoomable nodeColor={(n) => collegeColour((n.data as ActorNodeType['data']).node.collegeIndex)} ariaLabel={t('map.canvasLabel')} />
        )}
        <Controls fitViewOptions={FIT}>
          <ControlButton onClick={() => void flow.zoomTo(1, { duration: 200 })} title={t('map.zoomActual')} aria-label={t('map.zoomActual')}>
            <span aria-hidden="true" className="map-zoom-actual">1:1</span>
          </ControlButton>
        </Controls>
      </ReactFlow>
    </>
  );
});
