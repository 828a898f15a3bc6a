import { useEffect, useState } from 'react';
import type { NodeMetrics } from '../../../shared/analysis/network';
import type { MapGraph } from '../../../shared/map/graph';
import { mapNetwork } from '../../../shared/map/network-input';
import { runNetworkMetrics } from './run-network-metrics';

export interface NetworkMetrics {
  of: MapGraph;
  /** By actor id. */
  byActor: Map<string, NodeMetrics>;
  /** Sizes of the Louvain communities, the largest first. */
  communities: number[];
}

/**
 * The network metrics of the map's graph (an operation's or the ecosystem's), computed in a worker
 * only while `needed`. While a new graph is analysed, the previous metrics stay on screen (no flash
 * back to influence).
 */
export function useNetworkMetrics(graph: MapGraph, needed: boolean) {
  const [metrics, setMetrics] = useState<NetworkMetrics | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed) return;
    const run = runNetworkMetrics({ input: mapNetwork(graph), seed: 1 });
    let live = true;
    run.result.then(
      (m) => {
        if (!live) return;
        setFailed(false);
        setMetrics({ of: graph, byActor: new Map(m.nodes.map((n) => [n.id, n])), communities: m.communities.map((c) => c.members.length) });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      run.cancel();
    };
  }, [needed, graph]);
  const pending = needed && !failed && metrics?.of !== graph;
  return { metrics, failed, pending };
}
