import type { NetworkInput } from '../analysis/network';
import { viewEdges, type MapGraph } from './graph';

/**
 * The network metrics' input for a map (an operation's or the ecosystem): actors grouped by
 * collège, and the relations as they are (to-create ones are the network to be). Nodes are actor
 * ids, so the metrics read the same for one operation and for the ecosystem.
 */
export function mapNetwork(graph: MapGraph): NetworkInput {
  const actorOf = new Map(graph.nodes.map((n) => [n.id, n.actorId]));
  return {
    nodes: graph.nodes.map((n) => ({ id: n.actorId, group: n.collegeId })),
    edges: viewEdges(graph.edges, 'as_is').map((e) => ({
      id: e.id,
      source: actorOf.get(e.source) ?? e.source,
      target: actorOf.get(e.target) ?? e.target,
      directed: e.direction === 'forward',
      weight: e.strength,
    })),
  };
}
