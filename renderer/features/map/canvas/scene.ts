import type { Shape } from '../map-style';
import { collegeColour, collegeShape, communityColour } from '../map-style';
import type { ActorNodeType, RelationEdgeType } from '../map-elements';
import type { Palette } from './palette';

/**
 * What the canvas draws, flattened once per change of the map (not per frame): node centres and
 * radii in typed arrays, edges as index pairs grouped by stroke style so a frame strokes one path
 * per style instead of one per edge.
 */
export interface Scene {
  ids: string[];
  x: Float64Array;
  y: Float64Array;
  /** Half the node's side (map units). */
  r: Float64Array;
  fill: string[];
  shape: Shape[];
  label: string[];
  /** Selected, second pick or search match: drawn with a ring. */
  ringed: Uint8Array;
  dimmed: Uint8Array;
  edgeGroups: EdgeGroup[];
  /** Halos of planned changes (to-be and both views), drawn under the edges. */
  haloGroups: EdgeGroup[];
  /** Edges that carry an arrowhead at their target (1), their source (2) or both (3), by colour. */
  arrows: { colour: string; source: number[]; target: number[]; mask: number[]; width: number[] }[];
  marks: { source: number; target: number; kind: 'strengthen' | 'weaken' }[];
  /** Bounds of all nodes, for culling and the minimap. */
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

export interface EdgeGroup {
  colour: string;
  width: number;
  dashed: boolean;
  dimmed: boolean;
  source: number[];
  target: number[];
}

/** Focus on a neighbourhood marks the others with this class (as the DOM nodes and SVG edges are). */
const isDimmed = (className: string | undefined) => className?.split(' ').includes('is-dimmed') ?? false;

const kindColourOf = (palette: Palette, kindIndex: number) => (kindIndex < 0 ? palette.kindNone : palette.kinds[kindIndex % palette.kinds.length]!);

export function buildScene(nodes: readonly ActorNodeType[], edges: readonly RelationEdgeType[], palette: Palette): Scene {
  const n = nodes.length;
  const scene: Scene = {
    ids: new Array<string>(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    r: new Float64Array(n),
    fill: new Array<string>(n),
    shape: new Array<Shape>(n),
    label: new Array<string>(n),
    ringed: new Uint8Array(n),
    dimmed: new Uint8Array(n),
    edgeGroups: [],
    haloGroups: [],
    arrows: [],
    marks: [],
    bounds: { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
  };
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    const { data } = node;
    index.set(node.id, i);
    scene.ids[i] = node.id;
    scene.x[i] = node.position.x;
    scene.y[i] = node.position.y;
    scene.r[i] = data.size / 2;
    scene.fill[i] = data.community === null ? collegeColour(data.node.collegeIndex) : communityColour(data.community);
    scene.shape[i] = collegeShape(data.node.collegeIndex);
    scene.label[i] = data.node.acronym || data.node.label;
    scene.ringed[i] = node.selected || data.secondary || data.highlighted ? 1 : 0;
    scene.dimmed[i] = isDimmed(node.className) ? 1 : 0;
    const b = scene.bounds;
    b.minX = Math.min(b.minX, node.position.x - scene.r[i]!);
    b.minY = Math.min(b.minY, node.position.y - scene.r[i]!);
    b.maxX = Math.max(b.maxX, node.position.x + scene.r[i]!);
    b.maxY = Math.max(b.maxY, node.position.y + scene.r[i]!);
  });

  const groups = new Map<string, EdgeGroup>();
  const halos = new Map<string, EdgeGroup>();
  const arrows = new Map<string, Scene['arrows'][number]>();
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || !e.data) continue;
    const { edge, kindIndex } = e.data;
    const colour = kindColourOf(palette, kindIndex);
    const dimmed = isDimmed(e.className);
    const key = `${colour}|${edge.width}|${edge.dashed}|${dimmed}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { colour, width: edge.width, dashed: edge.dashed, dimmed, source: [], target: [] }));
    group.source.push(s);
    group.target.push(t);
    if (edge.change) {
      const halo = palette.change[edge.change];
      const haloKey = `${halo}|${edge.width}|${dimmed}`;
      let h = halos.get(haloKey);
      if (!h) halos.set(haloKey, (h = { colour: halo, width: edge.width + 8, dashed: false, dimmed, source: [], target: [] }));
      h.source.push(s);
      h.target.push(t);
    }
    if (edge.direction !== 'none') {
      let a = arrows.get(colour);
      if (!a) arrows.set(colour, (a = { colour, source: [], target: [], mask: [], width: [] }));
      a.source.push(s);
      a.target.push(t);
      a.mask.push(edge.direction === 'both' ? 3 : 1);
      a.width.push(edge.width);
    }
    if (edge.marker) scene.marks.push({ source: s, target: t, kind: edge.marker });
  }
  scene.edgeGroups = [...groups.values()];
  scene.haloGroups = [...halos.values()];
  scene.arrows = [...arrows.values()];
  return scene;
}

/**
 * The index of the node under a map point, or -1: the one whose centre is nearest (zoomed out, dots
 * overlap), the smallest when centres coincide.
 */
export function nodeAt(scene: Scene, px: number, py: number, slack = 0): number {
  let found = -1;
  let best = Infinity;
  for (let i = 0; i < scene.ids.length; i++) {
    const r = scene.r[i]! + slack;
    const d = (scene.x[i]! - px) ** 2 + (scene.y[i]! - py) ** 2;
    if (d > r * r) continue;
    if (d < best || (d === best && scene.r[i]! < scene.r[found]!)) [found, best] = [i, d];
  }
  return found;
}

/** The given actors grouped by fill colour: one canvas path per colour where shapes do not matter. */
export function groupByFill(scene: Scene, indices: Iterable<number>): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const i of indices) {
    const list = groups.get(scene.fill[i]!);
    if (list) list.push(i);
    else groups.set(scene.fill[i]!, [i]);
  }
  return groups;
}
