import type { Engagement, RelationStatus } from '../domain/walk/enums';
import type { WalkSnapshot } from '../domain/walk/snapshot';
import type { z } from 'zod';
import type { MapEdge, MapGraph, MapNode } from './graph';

/** Where an actor stands on a hypothesis: for (> 0), neutral (0), against (< 0) or not known. */
export type HypothesisSide = 'for' | 'neutral' | 'against' | 'unknown';
export const hypothesisSides: readonly HypothesisSide[] = ['for', 'neutral', 'against', 'unknown'];

/**
 * What the map shows. Each list keeps the values shown; `null` shows everything. Collèges and
 * kinds are ids, with `''` standing for "none".
 */
export interface MapFilters {
  colleges: string[] | null;
  kinds: string[] | null;
  statuses: z.infer<typeof RelationStatus>[] | null;
  engagements: z.infer<typeof Engagement>[] | null;
  /** Only the actors on these sides of one hypothesis. */
  hypothesis: { id: string; sides: HypothesisSide[] } | null;
}

export const noFilters: MapFilters = { colleges: null, kinds: null, statuses: null, engagements: null, hypothesis: null };

export const isFiltering = (f: MapFilters) =>
  f.colleges !== null || f.kinds !== null || f.statuses !== null || f.engagements !== null || f.hypothesis !== null;

export function sideOf(value: number | undefined): HypothesisSide {
  if (value === undefined) return 'unknown';
  return value > 0 ? 'for' : value < 0 ? 'against' : 'neutral';
}

/**
 * The nodes and edges the filters keep: a node must pass every node filter; an edge must pass the
 * edge filters and keep both its ends. `positions` are the operation's positions on hypotheses.
 */
export function applyFilters(
  graph: { nodes: readonly MapNode[]; edges: readonly MapEdge[] },
  filters: MapFilters,
  positions: WalkSnapshot['positions'] = [],
): MapGraph {
  const { colleges, kinds, statuses, engagements, hypothesis } = filters;
  const valueOf = new Map<string, number>();
  if (hypothesis) for (const p of positions) if (p.hypothesisId === hypothesis.id) valueOf.set(p.participationId, p.value);
  const nodes = graph.nodes.filter(
    (n) =>
      (colleges === null || colleges.includes(n.collegeId ?? '')) &&
      (engagements === null || engagements.includes(n.engagement)) &&
      (hypothesis === null || hypothesis.sides.includes(sideOf(valueOf.get(n.id)))),
  );
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter(
    (e) =>
      kept.has(e.source) &&
      kept.has(e.target) &&
      (kinds === null || kinds.includes(e.kindId ?? '')) &&
      (statuses === null || statuses.includes(e.status)),
  );
  return { nodes, edges };
}

/** Nodes whose name or acronym contains the query, ignoring case and accents. */
export function searchNodes(nodes: readonly MapNode[], query: string): MapNode[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(query.trim());
  if (!q) return [];
  return nodes.filter((n) => fold(n.label).includes(q) || (n.acronym !== '' && fold(n.acronym).includes(q)));
}
