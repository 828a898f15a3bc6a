import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapGraph } from '../../../shared/map/graph';
import type { Positions } from '../../../shared/map/layouts';
import type { ActorNodeType, RelationEdgeType } from './map-elements';
import type { MapNames } from './use-map-names';

export interface Decoration {
  size: number;
  community: number | null;
}

interface Input {
  shown: MapGraph;
  positions: Positions;
  decorations: Map<string, Decoration>;
  /** Every node's label by id (edges name both ends even when one is filtered out of a list). */
  nameOf: Map<string, string>;
  relationKinds: readonly { id: string; key: string | null; label: string }[];
  names: MapNames;
  matchIds: Set<string>;
  selectedId: string | null;
  secondId: string | null;
}

/** React Flow's nodes and edges for what the map shows, with their accessible names. */
export function useFlowElements({ shown, positions, decorations, nameOf, relationKinds, names, matchIds, selectedId, secondId }: Input) {
  const { t } = useTranslation();
  const { collegeName, kindName, statusName } = names;
  const kindIndex = useMemo(() => new Map(relationKinds.map((k, i) => [k.id, i])), [relationKinds]);

  const nodes = useMemo<ActorNodeType[]>(
    () =>
      shown.nodes.map((n) => {
        const { size, community } = decorations.get(n.id) ?? { size: n.size, community: null };
        const number = community === null ? null : community + 1;
        return {
          id: n.id,
          type: 'actor',
          position: positions[n.id] ?? { x: 0, y: 0 },
          data: {
            node: n,
            collegeName: collegeName(n),
            highlighted: matchIds.has(n.id),
            size,
            community,
            communityLabel: number === null ? null : t('map.community.short', { number }),
            secondary: n.id === secondId,
          },
          ariaLabel:
            number === null
              ? t('map.nodeLabel', { name: n.label, college: collegeName(n) })
              : t('map.nodeLabelCommunity', { name: n.label, college: collegeName(n), number }),
          selected: n.id === selectedId,
          width: size,
          height: size,
        };
      }),
    [shown.nodes, positions, collegeName, matchIds, selectedId, secondId, decorations, t],
  );

  const edges = useMemo<RelationEdgeType[]>(
    () =>
      shown.edges.map((e) => ({
        id: e.id,
        type: 'relation',
        source: e.source,
        target: e.target,
        sourceHandle: 's',
        targetHandle: 't',
        data: {
          edge: e,
          kindIndex: e.kindId === null ? -1 : (kindIndex.get(e.kindId) ?? -1),
          sourceSize: decorations.get(e.source)?.size ?? 40,
          targetSize: decorations.get(e.target)?.size ?? 40,
        },
        ariaLabel: t('map.edgeLabel', {
          source: nameOf.get(e.source),
          target: nameOf.get(e.target),
          kind: kindName(relationKinds.find((k) => k.id === e.kindId)),
          status: statusName(e.status),
        }),
      })),
    [shown.edges, kindIndex, decorations, nameOf, kindName, relationKinds, statusName, t],
  );
  return { nodes, edges };
}
