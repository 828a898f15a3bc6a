import { useEffect, useState } from 'react';
import type { NodeMetrics } from '../../../shared/analysis/network';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { analysisOptions } from '../analysis/inputs';
import { runAnalysis } from '../analysis/run-analysis';

export interface NetworkMetrics {
  of: WalkSnapshot;
  byActor: Map<string, NodeMetrics>;
  /** Sizes of the Louvain communities, the largest first. */
  communities: number[];
}

/**
 * The network metrics of the operation, computed by the analysis (in a worker) only while `needed`.
 * While a new snapshot is analysed, the previous metrics stay on screen (no flash back to influence).
 */
export function useNetworkMetrics(snapshot: WalkSnapshot, needed: boolean) {
  const [metrics, setMetrics] = useState<NetworkMetrics | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    runAnalysis(snapshot, analysisOptions(snapshot)).then(
      (a) => {
        if (!live) return;
        setFailed(false);
        setMetrics({ of: snapshot, byActor: new Map(a.network.nodes.map((m) => [m.id, m])), communities: a.network.communities.map((c) => c.members.length) });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed, snapshot]);
  const pending = needed && !failed && metrics?.of !== snapshot;
  return { metrics, failed, pending };
}
