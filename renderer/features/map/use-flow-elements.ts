import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapGraph } from '../../../shared/map/graph';
import type { Positions } from '../../../shared/map/layouts';
import type { ActorNodeType, RelationEdgeType } from './map-elements';
import type { MapNames } from './use-map-names';
import { isLargeMap } from './canvas/tiers';

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
  const large = isLargeMap(shown.nodes.length, shown.edges.length);
  const kindIndex = useMemo(() => new Map(relationKinds.map((k, i) => [k.id, i])), [relationKinds]);

  // The words of each node, apart from selection and positions: a click or a drag on a map of
  // thousands must not translate thousands of labels again.
  const words = useMemo(
    () =>
      new Map(
        shown.nodes.map((n) => {
          const community = decorations.get(n.id)?.community ?? null;
          const number = community === null ? null : community + 1;
          const college = collegeName(n);
          return [
            n.id,
            {
              collegeName: college,
              communityLabel: number === null ? null : t('map.community.short', { number }),
              ariaLabel: number === null ? t('map.nodeLabel', { name: n.label, college }) : t('map.nodeLabelCommunity', { name: n.label, college, number }),
            },
          ];
        }),
      ),
    [shown.nodes, decorations, collegeName, t],
  );

  const nodes = useMemo<ActorNodeType[]>(
    () =>
      shown.nodes.map((n) => {
        const { size, community } = decorations.get(n.id) ?? { size: n.size, community: null };
        const w = words.get(n.id)!;
        return {
          id: n.id,
          type: 'actor',
          position: positions[n.id] ?? { x: 0, y: 0 },
          data: {
            node: n,
            collegeName: w.collegeName,
            highlighted: matchIds.has(n.id),
            size,
            community,
            communityLabel: w.communityLabel,
            secondary: n.id === secondId,
          },
          ariaLabel: w.ariaLabel,
          selected: n.id === selectedId,
          width: size,
          height: size,
        };
      }),
    [shown.nodes, positions, words, matchIds, selectedId, secondId, decorations],
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
        // Large maps draw relations on the canvas: React Flow never shows these edges, so no words.
        ariaLabel: large ? undefined : t('map.edgeLabel', {
          source: nameOf.get(e.source),
          target: nameOf.get(e.target),
          kind: kindName(relationKinds.find((k) => k.id === e.kindId)),
          status: statusName(e.status),
        }),
      })),
    [shown.edges, kindIndex, decorations, nameOf, kindName, relationKinds, statusName, t, large],
  );
  return { nodes, edges };
}
