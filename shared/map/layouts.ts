import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { MapEdge, MapNode } from './graph';
import { seededRandom } from '../analysis/rng';

/**
 * Layouts as pure functions: each returns a position (the node's centre, in map units) for every
 * node it is given, and the same output for the same input and seed. Trying a layout never writes
 * anything: the map shows it, and only "keep this layout" saves it.
 */

export type Point = { x: number; y: number };
export type Positions = Record<string, Point>;
export type LayoutId = 'manual' | 'force' | 'sectors' | 'power_interest';
export const layoutIds: readonly LayoutId[] = ['manual', 'force', 'sectors', 'power_interest'];

type LayoutNode = Pick<MapNode, 'id' | 'label' | 'collegeIndex' | 'influence' | 'interest' | 'size' | 'x' | 'y'>;

const byWeight = (a: LayoutNode, b: LayoutNode) => (b.influence ?? 0) - (a.influence ?? 0) || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);

/** Space between node centres along a ring, in map units (room for the largest node and its label). */
export const NODE_SPACING = 150;

/**
 * Collège sectors: one angular sector per collège (in the workspace's order; actors without a
 * collège last), wide in proportion to its actors. The most influential sit on the inner ring.
 * The circle is stretched into an ellipse `aspect` times wider than high, to fit a wide screen.
 */
export function sectorsLayout(nodes: readonly LayoutNode[], spacing = NODE_SPACING, aspect = 1.6): Positions {
  const groups = new Map<number, LayoutNode[]>();
  for (const n of nodes) {
    const key = n.collegeIndex < 0 ? Number.MAX_SAFE_INTEGER : n.collegeIndex;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const ordered = [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g.sort(byWeight));
  const out: Positions = {};
  if (nodes.length === 0) return out;
  // Each group takes its share of the circle, plus a one-slot gap so sectors read apart.
  const slots = nodes.length + ordered.length;
  // Ring radius measured on the ellipse's short axis: its perimeter is about π(1 + aspect)r.
  const radius = Math.max(spacing * 1.2, (slots * spacing) / (Math.PI * (1 + aspect)));
  let start = -Math.PI / 2;
  for (const group of ordered) {
    const width = (2 * Math.PI * (group.length + 1)) / slots;
    let placed = 0;
    for (let ring = 0; placed < group.length; ring++) {
      const r = radius + ring * spacing * 0.9;
      const perRing = Math.max(1, Math.floor((width * r * (1 + aspect)) / 2 / spacing) - 1);
      const count = Math.min(perRing, group.length - placed);
      for (let i = 0; i < count; i++) {
        const node = group[placed + i]!;
        // Centre the ring's nodes in the sector, leaving half a slot each side.
        const a = start + (width * (i + 1)) / (count + 1);
        out[node.id] = { x: Math.round(aspect * r * Math.cos(a)), y: Math.round(r * Math.sin(a)) };
      }
      placed += count;
    }
    start += width;
  }
  return out;
}

/** Side of one cell of the power–interest grid, in map units. */
export const GRID_CELL = 300;

/**
 * Power–interest grid: x grows with interest (1..5), y with influence (5 at the top); actors with
 * an unknown score go in a column (or row) of their own before the 1. Actors sharing a cell are
 * spread on a small grid inside it, with a seeded jitter, so none hides another.
 */
export function powerInterestLayout(nodes: readonly LayoutNode[], seed = 1, cell = GRID_CELL): Positions {
  const cells = new Map<string, LayoutNode[]>();
  for (const n of [...nodes].sort(byWeight)) {
    const key = `${n.interest ?? 0}:${n.influence ?? 0}`;
    cells.set(key, [...(cells.get(key) ?? []), n]);
  }
  const rand = seededRandom(seed);
  const out: Positions = {};
  for (const [key, group] of [...cells.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const [interest, influence] = key.split(':').map(Number) as [number, number];
    const cols = Math.ceil(Math.sqrt(group.length));
    const rows = Math.ceil(group.length / cols);
    const step = Math.min(cell / cols, NODE_SPACING * 0.8);
    const step2 = Math.min(cell / rows, NODE_SPACING * 0.8);
    const cx = interest * cell;
    const cy = (5 - influence) * cell;
    group.forEach((n, i) => {
      const jitter = () => (rand() - 0.5) * Math.min(16, step * 0.1);
      out[n.id] = {
        x: Math.round(cx + ((i % cols) - (cols - 1) / 2) * step + jitter()),
        y: Math.round(cy + (Math.floor(i / cols) - (rows - 1) / 2) * step2 + jitter()),
      };
    });
  }
  return out;
}

/** Where the power–interest grid puts the centre of a score's column (interest) or row (influence). */
export const gridAxis = { x: (interest: number) => interest * GRID_CELL, y: (influence: number) => (5 - influence) * GRID_CELL };

export interface ForceLayout {
  /** Runs `iterations` more steps of ForceAtlas2. */
  step(iterations: number): void;
  /** The current positions, scaled to map units. */
  positions(): Positions;
}

/**
 * ForceAtlas2 (graphology) on the map's graph, run step by step so a worker can report progress
 * and be cancelled between steps. Starts from the saved positions where there are, and from a
 * seeded circle elsewhere; the result does not depend on anything but the input and the seed.
 */
export function createForceLayout(nodes: readonly LayoutNode[], edges: readonly Pick<MapEdge, 'source' | 'target' | 'strength'>[], seed = 1): ForceLayout {
  const graph = new Graph({ multi: true, type: 'undirected', allowSelfLoops: false });
  const rand = seededRandom(seed);
  const placed = nodes.filter((n) => n.x !== null && n.y !== null);
  const spread = Math.sqrt(nodes.length) * 10;
  for (const n of nodes) {
    // Saved positions are in map units; ForceAtlas2 works at a scale about 1/SCALE of it.
    const start = n.x !== null && n.y !== null && placed.length === nodes.length ? { x: n.x / SCALE, y: n.y / SCALE } : { x: (rand() - 0.5) * spread, y: (rand() - 0.5) * spread };
    graph.addNode(n.id, { ...start, size: n.size / SCALE });
  }
  for (const e of edges) if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdge(e.source, e.target, { weight: e.strength });
  const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, gravity: 1, scalingRatio: 10, barnesHutOptimize: nodes.length > 500 };
  return {
    step(iterations) {
      if (iterations > 0 && graph.order > 0) forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
    },
    positions() {
      const out: Positions = {};
      graph.forEachNode((id, a) => {
        out[id] = { x: Math.round((a.x as number) * SCALE), y: Math.round((a.y as number) * SCALE) };
      });
      return spreadOut(out, NODE_SPACING * 0.8);
    },
  };
}

const SCALE = 12;

/** Scales positions about their centre so that no two nodes are closer than `min` (on average over the closest pairs). */
function spreadOut(p: Positions, min: number): Positions {
  const ids = Object.keys(p);
  if (ids.length < 2) return p;
  // The median nearest-neighbour distance (quadratic: fine for the sizes a synchronous run gets).
  const sample = ids.length > 600 ? ids.filter((_, i) => i % Math.ceil(ids.length / 600) === 0) : ids;
  const nearest = sample.map((a) => {
    let best = Infinity;
    for (const b of ids) if (a !== b) best = Math.min(best, Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y));
    return best;
  });
  nearest.sort((a, b) => a - b);
  const median = nearest[Math.floor(nearest.length / 2)]!;
  const factor = median > 0 ? Math.max(1, min / median) : 1;
  if (factor === 1) return p;
  const cx = ids.reduce((s, id) => s + p[id]!.x, 0) / ids.length;
  const cy = ids.reduce((s, id) => s + p[id]!.y, 0) / ids.length;
  return Object.fromEntries(ids.map((id) => [id, { x: Math.round(cx + (p[id]!.x - cx) * factor), y: Math.round(cy + (p[id]!.y - cy) * factor) }]));
}

/** ForceAtlas2 run to the end at once: for small graphs and tests (the UI runs it in a worker). */
export function forceLayout(nodes: readonly LayoutNode[], edges: readonly Pick<MapEdge, 'source' | 'target' | 'strength'>[], iterations = 300, seed = 1): Positions {
  const layout = createForceLayout(nodes, edges, seed);
  layout.step(iterations);
  return layout.positions();
}

/** How many ForceAtlas2 iterations a graph of this size gets (fewer for large graphs: each costs more). */
export const forceIterations = (nodeCount: number) => (nodeCount <= 200 ? 400 : nodeCount <= 1000 ? 200 : 100);
