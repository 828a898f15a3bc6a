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
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countVisible } from './canvas/draw';
import { GraphCanvas } from './canvas/GraphCanvas';
import { CanvasMiniMap } from './canvas/CanvasMiniMap';
import { nodeAt, type Scene } from './canvas/scene';
import { ArrowDefs, edgeTypes, nodeTypes, type ActorNodeType, type RelationEdgeType } from './map-elements';
import { collegeColour } from './map-style';

const NO_EDGES: RelationEdgeType[] = [];
const NO_NODES: ActorNodeType[] = [];

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

/**
 * Past these sizes the map paints relations on a canvas (GraphCanvas) instead of SVG, and actors too
 * whenever more than DOM_ACTORS of them would be on screen; React Flow then keeps only the actors
 * in view as DOM nodes (drag, connect, keyboard). The bench (`npm run bench -- --filter map`) set them.
 */
export const LARGE_MAP = { nodes: 100, edges: 250 };
export const DOM_ACTORS = 60;
const FIT = { padding: 0.15, includeHiddenNodes: true };

/**
 * The React Flow canvas alone (with its background, minimap, controls and arrowheads), for both the
 * operation map and the ecosystem view: what it shows and what edits do is decided by its parent.
 */
export function MapFlow({ nodes, edges, onNodesChange, onNodeDragStop, onNodeDoubleClick, onPaneClick, onPaneDoubleClick, onConnect, onBeforeDelete }: MapFlowProps) {
  const { t } = useTranslation();
  const flow = useReactFlow<ActorNodeType, RelationEdgeType>();
  const store = useStoreApi<ActorNodeType, RelationEdgeType>();
  const large = nodes.length > LARGE_MAP.nodes || edges.length > LARGE_MAP.edges;
  // Large maps open on the canvas; whether actors become DOM nodes is decided when a move ends
  // (never mid-gesture, where mounting hundreds of nodes would drop frames).
  const [domActors, setDomActors] = useState(!large);
  const scene = useRef<Scene | null>(null);
  const [shownScene, setShownScene] = useState<Scene | null>(null);
  const keepScene = useCallback((s: Scene) => {
    scene.current = s;
    setShownScene(s);
  }, []);
  const decide = useCallback(() => {
    if (!large || !scene.current) return setDomActors(true);
    const { transform, width, height } = store.getState();
    setDomActors(countVisible(scene.current, { x: transform[0], y: transform[1], zoom: transform[2], width, height, dpr: 1 }) <= DOM_ACTORS);
  }, [large, store]);
  // The class that lets the compositor move the DOM layer during a move (see map.css).
  const wrapper = useRef<HTMLDivElement>(null);
  const moving = (on: boolean) => wrapper.current?.classList.toggle('is-moving', on);
  const flowNodes = useMemo(() => (domActors ? nodes : nodes.map((n) => ({ ...n, hidden: true }))), [nodes, domActors]);
  // On the canvas, a click on an actor selects it as a click on its DOM node would.
  const paneClick = (event: React.MouseEvent) => {
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const hit = !domActors && scene.current ? nodeAt(scene.current, at.x, at.y, 4 / store.getState().transform[2]) : -1;
    if (hit >= 0 && onNodesChange) onNodesChange([{ type: 'select', id: scene.current!.ids[hit]!, selected: true }]);
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
        onInit={decide}
        onMoveStart={() => moving(true)}
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
        minZoom={0.05}
        maxZoom={3}
        fitView
        fitViewOptions={FIT}
        proOptions={{ hideAttribution: true }}
      >
        {/* Its pattern is repainted on every frame of a move: large maps go without. */}
        {!large && <Background gap={40} />}
        <GraphCanvas nodes={large ? nodes : NO_NODES} edges={large ? edges : NO_EDGES} drawNodes={large && !domActors} onScene={keepScene} />
        {large ? (
          <CanvasMiniMap scene={shownScene} label={t('map.canvasLabel')} />
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
}
