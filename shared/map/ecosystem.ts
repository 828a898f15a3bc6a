import type { z } from 'zod';
import type { Direction, Engagement } from '../domain/walk/enums';
import type { Ecosystem } from './ecosystem-data';
import { edgeWidth, nodeIdentity, nodeSize, stanceMark, type MapEdge, type MapGraph, type MapNode } from './graph';

/**
 * The ecosystem: every operation's stakeholder map on one map (METHOD.md: "a regional ecosystem of
 * thousands of actors across all operations"). Pure and DOM-free.
 *
 * - One node per actor (its id is the actor's id), however many operations it takes part in, sized
 *   by that number; its collège is the one it has most often (ties: the first operation's, in the
 *   list's order), influence and interest the highest given, stance only when every operation agrees.
 * - One edge per pair of actors, relation kind and status: parallel relations from several
 *   operations merge into one, as strong as the strongest, pointing both ways if they disagree.
 */

export interface EcosystemNode extends MapNode {
  /** The operations (among those shown) the actor takes part in, in the list's order. */
  operationIds: string[];
}
export interface EcosystemEdge extends MapEdge {
  /** The relations merged into this edge. */
  relationIds: string[];
  operationIds: string[];
}
export interface EcosystemGraph extends MapGraph {
  nodes: EcosystemNode[];
  edges: EcosystemEdge[];
}

type EngagementValue = z.infer<typeof Engagement>;
/** The furthest an actor went in any operation; "withdrawn" only if it withdrew everywhere. */
const ENGAGEMENT_RANK: Record<EngagementValue, number> = { withdrawn: 0, not_contacted: 1, contacted: 2, engaged: 3, committed: 4 };

/** Size by number of operations: 1 → like influence 1, 5 or more → the largest node. */
export const ecosystemNodeSize = (operationCount: number) => nodeSize(Math.min(5, Math.max(1, operationCount)));

/** The ecosystem of the operations in `operationIds` (null: all of them, in the list's order). */
export function buildEcosystem(data: Ecosystem, operationIds: readonly string[] | null = null): EcosystemGraph {
  const order = data.operations.map((o) => o.id).filter((id) => operationIds === null || operationIds.includes(id));
  const rank = new Map(order.map((id, i) => [id, i]));
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const colleges = new Map(data.colleges.map((c, i) => [c.id, { ...c, index: i }]));
  const kinds = new Map(data.relationKinds.map((k) => [k.id, k]));

  const byActor = new Map<string, Ecosystem['participations']>();
  for (const p of data.participations) {
    if (!rank.has(p.operationId)) continue;
    byActor.set(p.actorId, [...(byActor.get(p.actorId) ?? []), p]);
  }
  const nodes: EcosystemNode[] = [];
  for (const [actorId, parts] of byActor) {
    parts.sort((a, b) => rank.get(a.operationId)! - rank.get(b.operationId)!);
    const actor = actors.get(actorId);
    const college = colleges.get(mostFrequent(parts.map((p) => p.collegeId)) ?? '');
    const stances = new Set(parts.map((p) => p.stance));
    const stance = stances.size === 1 ? parts[0]!.stance : null;
    const operationIdsOf = [...new Set(parts.map((p) => p.operationId))];
    nodes.push({
      id: actorId,
      actorId,
      ...nodeIdentity(actor, college),
      influence: maxOf(parts.map((p) => p.influence)),
      interest: maxOf(parts.map((p) => p.interest)),
      stance,
      stanceMark: stanceMark(stance),
      engagement: parts.map((p) => p.engagement).reduce((a, b) => (ENGAGEMENT_RANK[b] > ENGAGEMENT_RANK[a] ? b : a)),
      size: ecosystemNodeSize(operationIdsOf.length),
      x: null,
      y: null,
      illustrative: (actor?.illustrative ?? false) || parts.every((p) => p.illustrative),
      operationIds: operationIdsOf,
    });
  }
  nodes.sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));

  const groups = new Map<string, { a: string; b: string; relations: Ecosystem['relations'] }>();
  for (const r of data.relations) {
    if (!rank.has(r.operationId) || !byActor.has(r.sourceActorId) || !byActor.has(r.targetActorId) || r.sourceActorId === r.targetActorId) continue;
    const [a, b] = r.sourceActorId < r.targetActorId ? [r.sourceActorId, r.targetActorId] : [r.targetActorId, r.sourceActorId];
    const key = `${a}|${b}|${r.kindId ?? ''}|${r.status}`;
    const group = groups.get(key) ?? { a, b, relations: [] };
    group.relations.push(r);
    groups.set(key, group);
  }
  const edges: EcosystemEdge[] = [];
  for (const [key, { a, b, relations }] of groups) {
    relations.sort((x, y) => rank.get(x.operationId)! - rank.get(y.operationId)! || x.id.localeCompare(y.id));
    const first = relations[0]!;
    const { source, target, direction } = mergedDirection(a, b, relations);
    const kind = first.kindId === null ? undefined : kinds.get(first.kindId);
    const strength = Math.max(...relations.map((r) => r.strength));
    edges.push({
      id: `eco:${key}`,
      source,
      target,
      kindId: kind ? kind.id : null,
      kindKey: kind?.key ?? null,
      kindLabel: kind?.label ?? '',
      status: first.status,
      direction,
      strength,
      width: edgeWidth(strength),
      dashed: first.status === 'to_create',
      marker: first.status === 'to_strengthen' ? 'strengthen' : first.status === 'to_weaken' ? 'weaken' : null,
      change: null,
      relationIds: relations.map((r) => r.id),
      operationIds: [...new Set(relations.map((r) => r.operationId))],
    });
  }
  return { nodes, edges };
}

/**
 * One direction for relations joining a and b (a < b): undirected ones add nothing, a "both" or
 * relations in both senses make "both", otherwise the one sense they share.
 */
function mergedDirection(a: string, b: string, relations: Ecosystem['relations']): { source: string; target: string; direction: z.infer<typeof Direction> } {
  let ab = false;
  let ba = false;
  for (const r of relations) {
    if (r.direction === 'both') ab = ba = true;
    else if (r.direction === 'forward') {
      if (r.sourceActorId === a) ab = true;
      else ba = true;
    }
  }
  if (ab && ba) return { source: a, target: b, direction: 'both' };
  if (ba) return { source: b, target: a, direction: 'forward' };
  return { source: a, target: b, direction: ab ? 'forward' : 'none' };
}

/** The most frequent value (nulls count only if nothing else is there); ties go to the first seen. */
function mostFrequent(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

const maxOf = (values: readonly (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.max(...known) : null;
};
