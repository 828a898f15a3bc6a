import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type NodeChange,
  type NodeMouseHandler,
  type OnBeforeDelete,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import { ArrowDefs, edgeTypes, nodeTypes, type ActorNodeType, type RelationEdgeType } from './map-elements';
import { collegeColour } from './map-style';

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
 * The React Flow canvas alone (with its background, minimap, controls and arrowheads), for both the
 * operation map and the ecosystem view: what it shows and what edits do is decided by its parent.
 */
export function MapFlow({ nodes, edges, onNodesChange, onNodeDragStop, onNodeDoubleClick, onPaneClick, onPaneDoubleClick, onConnect, onBeforeDelete }: MapFlowProps) {
  const { t } = useTranslation();
  return (
    <>
      <ArrowDefs />
      <ReactFlow<ActorNodeType, RelationEdgeType>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        onConnect={onConnect}
        onBeforeDelete={onBeforeDelete}
        onPaneClick={onPaneClick}
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
        fitViewOptions={{ padding: 0.15 }}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={40} />
        <MiniMap pannable zoomable nodeColor={(n) => collegeColour((n.data as ActorNodeType['data']).node.collegeIndex)} ariaLabel={t('map.canvasLabel')} />
        <Controls />
      </ReactFlow>
    </>
  );
}
