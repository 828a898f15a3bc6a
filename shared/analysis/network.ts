import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import { density } from 'graphology-metrics/graph/density.js';
import { seededRandom } from './rng';

/**
 * Network metrics on any actor network (one operation's map, or later the ecosystem of all
 * operations), computed with graphology's libraries. The modelling choices (directions, weights,
 * what is counted) are in docs/analysis/network-metrics.md.
 */

export interface NetworkNode {
  id: string;
  /** The collège (or any grouping) used to find the relations that bridge groups; null = none. */
  group: string | null;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  /** true: source acts on target only (one arc); false: both ways (two arcs). */
  directed: boolean;
  /** Strength of the relation (1..3); summed when several relations join the same pair. */
  weight: number;
}

export interface NetworkInput {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NodeMetrics {
  id: string;
  group: string | null;
  /** Distinct actors with a relation towards this one. */
  inDegree: number;
  /** Distinct actors this one has a relation towards. */
  outDegree: number;
  /** Distinct neighbours, whatever the direction. */
  degree: number;
  /** degree / (n − 1) (graphology-metrics). */
  degreeCentrality: number;
  /** Normalised betweenness on the undirected network, 0..1 (graphology-metrics). */
  betweenness: number;
  /** Index into `communities` (0 = the largest). */
  community: number;
  /** Distinct neighbours in another group (both groups known). */
  crossGroupNeighbours: number;
  isolated: boolean;
}

export interface Community {
  members: string[];
  /** Distinct groups among the members (null groups left out). */
  groups: string[];
}

export interface NetworkMetrics {
  order: number;
  /** Distinct linked pairs (the undirected network's edges). */
  pairs: number;
  /** Edge density of the undirected network. */
  density: number;
  nodes: NodeMetrics[];
  rankings: {
    degree: string[];
    inDegree: string[];
    outDegree: string[];
    betweenness: string[];
  };
  communities: Community[];
  /** Louvain modularity of the partition; null when the network has no edge. */
  modularity: number | null;
  isolated: string[];
  /** Edges whose ends belong to two different (known) groups, strongest first. */
  bridges: NetworkEdge[];
  /** Edges left out: an end is not a node, or both ends are the same node. */
  skipped: { edge: string; reason: 'unknown-node' | 'self-loop' }[];
}

export interface NetworkOptions {
  /** Seed of Louvain's random walk: same input and seed, same communities. */
  seed?: number;
  /** Louvain resolution (1 = standard modularity). */
  resolution?: number;
}

type Weighted = { weight: number };

/** Ids sorted by a value, highest first; ties keep the input order (stable sort). */
function rank(nodes: NodeMetrics[], value: (n: NodeMetrics) => number): string[] {
  return nodes
    .map((n, i) => ({ id: n.id, v: value(n), i }))
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .map((x) => x.id);
}

export function networkMetrics(input: NetworkInput, options: NetworkOptions = {}): NetworkMetrics {
  const directed = new DirectedGraph<Record<string, never>, Weighted>();
  const undirected = new UndirectedGraph<Record<string, never>, Weighted>();
  const group = new Map<string, string | null>();
  for (const n of input.nodes) {
    if (group.has(n.id)) continue;
    group.set(n.id, n.group);
    directed.addNode(n.id);
    undirected.addNode(n.id);
  }

  const kept: NetworkEdge[] = [];
  const skipped: NetworkMetrics['skipped'] = [];
  const add = (g: DirectedGraph<Record<string, never>, Weighted> | UndirectedGraph<Record<string, never>, Weighted>, s: string, t: string, w: number) =>
    g.updateEdge(s, t, (attr) => ({ weight: (attr.weight ?? 0) + w }));
  for (const e of input.edges) {
    if (!group.has(e.source) || !group.has(e.target)) skipped.push({ edge: e.id, reason: 'unknown-node' });
    else if (e.source === e.target) skipped.push({ edge: e.id, reason: 'self-loop' });
    else {
      kept.push(e);
      add(directed, e.source, e.target, e.weight);
      if (!e.directed) add(directed, e.target, e.source, e.weight);
      add(undirected, e.source, e.target, e.weight);
    }
  }

  // Brokers: shortest paths ignore strength (a strong tie is not a longer one), so no weights.
  // The libraries divide by n − 1 (degree) and fail on an empty graph (betweenness): below two
  // actors every centrality is 0.
  const small = undirected.order < 2;
  const betweenness: Record<string, number> = small ? {} : betweennessCentrality(undirected, { getEdgeWeight: null, normalized: true });
  const degreeC: Record<string, number> = small ? {} : degreeCentrality(undirected);
  const detailed =
    undirected.size > 0
      ? louvain.detailed(undirected, { getEdgeWeight: 'weight', rng: seededRandom(options.seed ?? 1), resolution: options.resolution ?? 1 })
      : null;

  // Communities renumbered by size (largest first), ties by first member in input order, so the
  // numbering does not depend on ids nor on the library's internal numbering.
  const order = [...group.keys()];
  const position = new Map(order.map((id, i) => [id, i]));
  const byRaw = new Map<number, string[]>();
  order.forEach((id, i) => {
    const raw = detailed ? detailed.communities[id]! : i;
    const members = byRaw.get(raw) ?? [];
    members.push(id);
    byRaw.set(raw, members);
  });
  const communityLists = [...byRaw.values()].sort((a, b) => b.length - a.length || position.get(a[0]!)! - position.get(b[0]!)!);
  const communityOf = new Map<string, number>();
  communityLists.forEach((members, c) => members.forEach((id) => communityOf.set(id, c)));
  const communities = communityLists.map((members) => ({
    members,
    groups: [...new Set(members.map((id) => group.get(id)).filter((g): g is string => g !== null && g !== undefined))],
  }));

  const crosses = (a: string, b: string) => {
    const ga = group.get(a);
    const gb = group.get(b);
    return ga !== null && ga !== undefined && gb !== null && gb !== undefined && ga !== gb;
  };
  const nodes: NodeMetrics[] = order.map((id) => {
    const degree = undirected.degree(id);
    return {
      id,
      group: group.get(id) ?? null,
      inDegree: directed.inDegree(id),
      outDegree: directed.outDegree(id),
      degree,
      degreeCentrality: degreeC[id] ?? 0,
      betweenness: betweenness[id] ?? 0,
      community: communityOf.get(id)!,
      crossGroupNeighbours: undirected.neighbors(id).filter((n) => crosses(id, n)).length,
      isolated: degree === 0,
    };
  });

  const bridges = kept
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => crosses(e.source, e.target))
    .sort((a, b) => b.e.weight - a.e.weight || a.i - b.i)
    .map(({ e }) => e);

  return {
    order: undirected.order,
    pairs: undirected.size,
    density: undirected.order > 1 ? density(undirected) : 0,
    nodes,
    rankings: {
      degree: rank(nodes, (n) => n.degree),
      inDegree: rank(nodes, (n) => n.inDegree),
      outDegree: rank(nodes, (n) => n.outDegree),
      betweenness: rank(nodes, (n) => n.betweenness),
    },
    communities,
    modularity: detailed ? detailed.modularity : null,
    isolated: nodes.filter((n) => n.isolated).map((n) => n.id),
    bridges,
    skipped,
  };
}
