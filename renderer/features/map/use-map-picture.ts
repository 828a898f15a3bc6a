import { useMemo } from 'react';
import { nodeDecorations } from '../../../shared/map/decorations';
import { applyFilters, searchNodes } from '../../../shared/map/filters';
import { viewEdges, type MapGraph } from '../../../shared/map/graph';
import type { Positions } from '../../../shared/map/layouts';
import { neighbourhood } from '../../../shared/map/neighbourhood';
import type { MapViewSettings } from '../../../shared/map/view-settings';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { useFlowElements } from './use-flow-elements';
import type { MapNames } from './use-map-names';
import { useNetworkMetrics } from './use-network-metrics';

interface Input {
  graph: MapGraph;
  positions: Positions;
  settings: MapViewSettings;
  /** The operation's positions on hypotheses (the hypothesis filter); none for the ecosystem. */
  hypothesisPositions?: WalkSnapshot['positions'];
  relationKinds: WalkSnapshot['relationKinds'];
  names: MapNames;
  query: string;
  selectedId: string | null;
  secondId: string | null;
}

/**
 * What a map shows, for an operation and for the ecosystem alike: the chosen network, filtered,
 * narrowed to the focused actor's neighbourhood (others dimmed or hidden), decorated by the
 * chosen metric, with the search's matches; and React Flow's nodes and edges for all that.
 */
export function useMapPicture({ graph, positions, settings, hypothesisPositions, relationKinds, names, query, selectedId, secondId }: Input) {
  const { view, filters, focus, sizeBy, colourBy } = settings;
  const filtered = useMemo(() => applyFilters({ nodes: graph.nodes, edges: viewEdges(graph.edges, view) }, filters, hypothesisPositions), [graph, view, filters, hypothesisPositions]);
  // A focus on an actor the filters (or a deletion) took away is no focus.
  const focusOn = focus && filtered.nodes.some((n) => n.id === focus.id) ? focus : null;
  const near = useMemo(() => (focusOn ? neighbourhood(filtered.edges, focusOn.id, focusOn.depth) : null), [filtered.edges, focusOn]);
  const shown = useMemo(() => {
    if (!near || !focusOn?.hide) return filtered;
    return { nodes: filtered.nodes.filter((n) => near.has(n.id)), edges: filtered.edges.filter((e) => near.has(e.source) && near.has(e.target)) };
  }, [filtered, near, focusOn?.hide]);

  const needMetrics = sizeBy !== 'influence' || colourBy === 'community';
  const metrics = useNetworkMetrics(graph, needMetrics);
  const decorations = useMemo(
    () => nodeDecorations(graph.nodes, needMetrics ? metrics.metrics?.byActor : undefined, sizeBy, colourBy),
    [graph.nodes, metrics.metrics, needMetrics, sizeBy, colourBy],
  );

  const matches = useMemo(() => searchNodes(shown.nodes, query), [shown.nodes, query]);
  const matchIds = useMemo(() => new Set(matches.map((m) => m.id)), [matches]);
  const nameOf = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.label])), [graph.nodes]);
  const elements = useFlowElements({ shown, positions, decorations, nameOf, relationKinds, names, matchIds, selectedId, secondId });
  // Dimmed, not hidden: the neighbourhood stands out and the rest keeps its place.
  const dim = near !== null && !focusOn?.hide;
  const nodes = useMemo(() => (dim ? elements.nodes.map((n) => (near.has(n.id) ? n : { ...n, className: 'is-dimmed' })) : elements.nodes), [elements.nodes, near, dim]);
  const edges = useMemo(
    () => (dim ? elements.edges.map((e) => (near.has(e.source) && near.has(e.target) ? e : { ...e, className: 'is-dimmed' })) : elements.edges),
    [elements.edges, near, dim],
  );
  const flow = useMemo(() => ({ nodes, edges }), [nodes, edges]);

  return {
    shown,
    focus: focusOn,
    nameOf,
    matches,
    flow,
    metrics: metrics.metrics,
    metricsPending: metrics.pending,
    metricsFailed: needMetrics && metrics.failed,
    communities: colourBy === 'community' && metrics.metrics && !metrics.failed ? metrics.metrics.communities : null,
  };
}
