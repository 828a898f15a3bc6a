import type { Direction, Engagement, RelationStatus } from '../domain/walk/enums';
import type { WalkSnapshot } from '../domain/walk/snapshot';
import type { z } from 'zod';

/**
 * The stakeholder map as a graph (METHOD.md, "What the stakeholder map is for"): one node per
 * participation, one edge per relation, with what the map draws already decided here (size,
 * stance mark, edge width, dash, markers) so the renderer only paints. Pure and DOM-free.
 */

/** Which network the map shows: as it is, as it should become (step 4 applied), or both with the differences. */
export type MapView = 'as_is' | 'to_be' | 'both';
export const mapViews: readonly MapView[] = ['as_is', 'to_be', 'both'];

export type StanceMark = '+' | '−' | '0';

export interface MapNode {
  /** The participation's id (a node is an actor's part in this operation). */
  id: string;
  actorId: string;
  label: string;
  acronym: string;
  collegeId: string | null;
  /** The default collège's key (worded by i18n), or null for a custom one (worded by `collegeLabel`). */
  collegeKey: string | null;
  collegeLabel: string;
  /** Rank of the collège in the workspace list (its colour and shape), or -1 without a collège. */
  collegeIndex: number;
  influence: number | null;
  interest: number | null;
  stance: number | null;
  stanceMark: StanceMark | null;
  engagement: z.infer<typeof Engagement>;
  /** Diameter in map units, growing with influence (unknown influence draws as the smallest). */
  size: number;
  /** The saved position, or null while the actor has not been placed. */
  x: number | null;
  y: number | null;
  illustrative: boolean;
}

/** How an edge differs between the network as it is and as it should become. */
export type EdgeChange = 'added' | 'strengthened' | 'weakened' | null;

export interface MapEdge {
  /** The relation's id. */
  id: string;
  /** Participation ids. */
  source: string;
  target: string;
  kindId: string | null;
  kindKey: string | null;
  kindLabel: string;
  status: z.infer<typeof RelationStatus>;
  direction: z.infer<typeof Direction>;
  /** 1–3 as entered; in the to-be view, after the planned change. */
  strength: number;
  /** Stroke width in pixels. */
  width: number;
  /** Drawn dashed: a relation that does not exist yet. */
  dashed: boolean;
  /** The mark drawn at the middle of the edge for a planned change. */
  marker: 'strengthen' | 'weaken' | null;
  /** Set in the "both" view (and in the to-be view) to highlight what step 4 changes. */
  change: EdgeChange;
}

export interface MapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

export const NODE_MIN_SIZE = 36;
export const NODE_SIZE_STEP = 10;

/** Influence 1..5 → 46..86; unknown → the minimum. */
export const nodeSize = (influence: number | null) => NODE_MIN_SIZE + NODE_SIZE_STEP * (influence ?? 0);

export const edgeWidth = (strength: number) => 1 + strength * 1.25;

export function stanceMark(stance: number | null): StanceMark | null {
  if (stance === null) return null;
  return stance > 0 ? '+' : stance < 0 ? '−' : '0';
}

/** Who a node is: the actor's names and its collège (with its rank in the workspace's list, or -1). */
export function nodeIdentity(
  actor: { name: string; acronym: string } | undefined,
  college: { id: string; key: string | null; label: string; index: number } | undefined,
): Pick<MapNode, 'label' | 'acronym' | 'collegeId' | 'collegeKey' | 'collegeLabel' | 'collegeIndex'> {
  return {
    label: actor?.name ?? '?',
    acronym: actor?.acronym ?? '',
    collegeId: college ? college.id : null,
    collegeKey: college?.key ?? null,
    collegeLabel: college?.label ?? '',
    collegeIndex: college ? college.index : -1,
  };
}

/** The graph of one operation's walk, every relation included (views and filters narrow it). */
export function buildGraph(s: WalkSnapshot): MapGraph {
  const actors = new Map(s.actors.map((a) => [a.id, a]));
  const colleges = new Map(s.colleges.map((c, i) => [c.id, { ...c, index: i }]));
  const kinds = new Map(s.relationKinds.map((k) => [k.id, k]));
  const byActor = new Map<string, string>();
  const nodes: MapNode[] = s.participations.map((p) => {
    byActor.set(p.actorId, p.id);
    const actor = actors.get(p.actorId);
    const college = p.collegeId === null ? undefined : colleges.get(p.collegeId);
    return {
      id: p.id,
      actorId: p.actorId,
      ...nodeIdentity(actor, college),
      influence: p.influence,
      interest: p.interest,
      stance: p.stance,
      stanceMark: stanceMark(p.stance),
      engagement: p.engagement,
      size: nodeSize(p.influence),
      x: typeof p.mapX === 'number' ? p.mapX : null,
      y: typeof p.mapY === 'number' ? p.mapY : null,
      illustrative: p.illustrative,
    };
  });
  const edges: MapEdge[] = [];
  for (const r of s.relations) {
    const source = byActor.get(r.sourceActorId);
    const target = byActor.get(r.targetActorId);
    if (!source || !target) continue; // an end that left the operation: its relations went with it
    const kind = r.kindId === null ? undefined : kinds.get(r.kindId);
    edges.push({
      id: r.id,
      source,
      target,
      kindId: kind ? kind.id : null,
      kindKey: kind?.key ?? null,
      kindLabel: kind?.label ?? '',
      status: r.status,
      direction: r.direction,
      strength: r.strength,
      width: edgeWidth(r.strength),
      dashed: r.status === 'to_create',
      marker: r.status === 'to_strengthen' ? 'strengthen' : r.status === 'to_weaken' ? 'weaken' : null,
      change: null,
    });
  }
  return { nodes, edges };
}

const clampStrength = (n: number) => Math.min(3, Math.max(1, n));

/**
 * The edges of one view:
 * - as is: the relations that exist today (existing, to strengthen, to weaken), as entered;
 * - to be: every relation with step 4's changes applied: relations to create join the network
 *   (still dashed, marked "added"), those to strengthen and weaken gain or lose a step of strength;
 * - both: every relation as entered, each planned change marked so it stands out.
 */
export function viewEdges(edges: readonly MapEdge[], view: MapView): MapEdge[] {
  if (view === 'as_is') return edges.filter((e) => e.status !== 'to_create');
  return edges.map((e) => {
    const change: EdgeChange =
      e.status === 'to_create' ? 'added' : e.status === 'to_strengthen' ? 'strengthened' : e.status === 'to_weaken' ? 'weakened' : null;
    if (view === 'both') return { ...e, change };
    const strength = change === 'strengthened' ? clampStrength(e.strength + 1) : change === 'weakened' ? clampStrength(e.strength - 1) : e.strength;
    return { ...e, change, strength, width: change === 'weakened' ? edgeWidth(strength) * 0.6 : edgeWidth(strength) };
  });
}
