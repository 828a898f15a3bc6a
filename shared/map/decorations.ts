import { NODE_MIN_SIZE, NODE_SIZE_STEP } from './graph';

/** What the map can size its nodes by, and colour them by (the collège keeps the shape either way). */
export const sizeMetrics = ['influence', 'degree', 'betweenness'] as const;
export type SizeMetric = (typeof sizeMetrics)[number];
export const colourModes = ['college', 'community'] as const;
export type ColourMode = (typeof colourModes)[number];

/** The size range of the influence scale (influence 0..5), reused for the network metrics. */
export const METRIC_MIN_SIZE = NODE_MIN_SIZE;
export const METRIC_MAX_SIZE = NODE_MIN_SIZE + 5 * NODE_SIZE_STEP;

/**
 * A node's side for a metric value in 0..max: the AREA grows linearly with the value (side ∝ √value),
 * so sizes change smoothly and a broker with twice the betweenness looks twice as big, not four times.
 */
export function metricSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return METRIC_MIN_SIZE;
  const f = Math.sqrt(Math.min(value, max) / max);
  return Math.round((METRIC_MIN_SIZE + (METRIC_MAX_SIZE - METRIC_MIN_SIZE) * f) * 10) / 10;
}

/** The metrics a decoration reads (the analysis' NodeMetrics fit it). */
export interface DecorationMetrics {
  degree: number;
  betweenness: number;
  community: number;
}

/**
 * Each node's drawn size and community (when colouring by community): by influence as entered
 * (`node.size`) until the metrics are there, then by the chosen metric scaled to the largest value.
 */
export function nodeDecorations(
  nodes: readonly { id: string; actorId: string; size: number }[],
  byActor: ReadonlyMap<string, DecorationMetrics> | undefined,
  sizeBy: SizeMetric,
  colourBy: ColourMode,
): Map<string, { size: number; community: number | null }> {
  const byMetric = byActor !== undefined && sizeBy !== 'influence';
  const value = (actorId: string) => {
    const m = byActor?.get(actorId);
    return sizeBy === 'degree' ? (m?.degree ?? 0) : (m?.betweenness ?? 0);
  };
  const max = byMetric ? Math.max(0, ...nodes.map((n) => value(n.actorId))) : 0;
  return new Map(
    nodes.map((n) => {
      const m = byActor?.get(n.actorId);
      return [n.id, { size: byMetric ? metricSize(value(n.actorId), max) : n.size, community: colourBy === 'community' && m ? m.community : null }];
    }),
  );
}
