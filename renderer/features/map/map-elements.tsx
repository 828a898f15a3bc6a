import { BaseEdge, EdgeLabelRenderer, Handle, Position, type Edge, type EdgeProps, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { MapEdge, MapNode } from '../../../shared/map/graph';
import { collegeColour, collegeShape, communityColour, kindColour, shapePath } from './map-style';

export interface ActorData extends Record<string, unknown> {
  node: MapNode;
  /** The collège's name in the current language (for the accessible name). */
  collegeName: string;
  /** Shown as a search match. */
  highlighted: boolean;
  /** The node's side in pixels (influence, degree or betweenness: see "Taille selon"). */
  size: number;
  /** When colouring by community: its index (0 = the largest) and its short label ("C1"); null otherwise. */
  community: number | null;
  communityLabel: string | null;
  /** The second actor picked with Shift (MACTOR influence editor). */
  secondary?: boolean;
}
export type ActorNodeType = Node<ActorData, 'actor'>;

export interface RelationData extends Record<string, unknown> {
  edge: MapEdge;
  kindIndex: number;
  sourceSize: number;
  targetSize: number;
}
export type RelationEdgeType = Edge<RelationData, 'relation'>;

/**
 * One actor: its collège's shape, coloured by collège or by community (then with a "C1" label too,
 * so colour is never the only cue), sized by the chosen metric, a stance badge, the name below.
 */
const ActorNode = memo(function ActorNode({ data, selected }: NodeProps<ActorNodeType>) {
  const { node, highlighted, size: s, community, communityLabel, secondary } = data;
  const fill = community === null ? collegeColour(node.collegeIndex) : communityColour(community);
  return (
    <div
      className={`map-node${selected || secondary ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}`}
      style={{ width: s, height: s }}
      data-size={s}
      data-college-index={node.collegeIndex}
      data-community={community ?? undefined}
    >
      <svg width={s} height={s} aria-hidden="true" className="map-node-shape">
        <path d={shapePath(collegeShape(node.collegeIndex), s)} fill={fill} strokeDasharray={node.collegeIndex < 0 ? '4 3' : undefined} />
      </svg>
      {communityLabel && (
        <span className="map-node-community" aria-hidden="true">
          {communityLabel}
        </span>
      )}
      {node.stanceMark && (
        <span className="map-node-stance" aria-hidden="true">
          {node.stanceMark}
        </span>
      )}
      <span className="map-node-label">{node.acronym || node.label}</span>
      <Handle type="target" position={Position.Top} id="t" className="map-handle-centre" isConnectableStart={false} />
      <Handle type="source" position={Position.Top} id="s" className="map-handle-centre" isConnectable={false} />
      <Handle type="source" position={Position.Right} id="grip" className="map-handle-grip" />
    </div>
  );
});

/** A straight line between two actors, stopping at their edges so arrows stay visible. */
const RelationEdge = memo(function RelationEdge({ id, sourceX, sourceY, targetX, targetY, data, selected }: EdgeProps<RelationEdgeType>) {
  if (!data) return null;
  const { edge, kindIndex, sourceSize, targetSize } = data;
  const dx = targetX - sourceX;
  const dy = targetY - sourceY;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const s = sourceSize / 2 + 2;
  const t = targetSize / 2 + 4;
  const [x1, y1, x2, y2] = [sourceX + ux * s, sourceY + uy * s, targetX - ux * t, targetY - uy * t];
  const path = `M${x1},${y1} L${x2},${y2}`;
  const marker = `url(#map-arrow-${kindIndex < 0 ? 'none' : kindIndex % 7})`;
  const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
  return (
    <>
      {edge.change && <path d={path} className={`map-edge-halo is-${edge.change}`} strokeWidth={edge.width + 8} fill="none" />}
      <BaseEdge
        id={id}
        path={path}
        className={`map-edge status-${edge.status}${selected ? ' is-selected' : ''}`}
        style={{ stroke: kindColour(kindIndex), strokeWidth: edge.width, strokeDasharray: edge.dashed ? '7 5' : undefined }}
        markerEnd={edge.direction !== 'none' ? marker : undefined}
        markerStart={edge.direction === 'both' ? marker : undefined}
        interactionWidth={14}
      />
      {edge.marker && (
        <EdgeLabelRenderer>
          <span
            className={`map-edge-mark is-${edge.marker}`}
            style={{ transform: `translate(-50%, -50%) translate(${mx}px, ${my}px)` }}
            data-status={edge.status}
            aria-hidden="true"
          >
            {edge.marker === 'strengthen' ? '↑' : '↓'}
          </span>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

/** Declared once at module scope: React Flow re-mounts every node if these objects change. */
export const nodeTypes = { actor: ActorNode };
export const edgeTypes = { relation: RelationEdge };

/** Arrowheads, one per relation-kind colour (markers take their colour from CSS custom properties). */
export function ArrowDefs() {
  const ids = ['none', ...Array.from({ length: 7 }, (_, i) => String(i))];
  return (
    <svg className="map-defs" aria-hidden="true" width="0" height="0">
      <defs>
        {ids.map((k) => (
          <marker key={k} id={`map-arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 Z" style={{ fill: k === 'none' ? 'var(--map-kind-none)' : `var(--map-kind-${k})` }} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
