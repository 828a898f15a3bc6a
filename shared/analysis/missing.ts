import type { WalkSnapshot } from '../domain/walk/snapshot';
import { DEFAULT_HIGH } from './stakeholders';
import { AS_IS, liveHypotheses, stakeholders, type RelationStatusValue } from './walk-inputs';

/**
 * Who is missing from the arrangement of actors: the gaps a committee should see. Rules and
 * example: docs/analysis/who-is-missing.md.
 */

export interface HypothesisBalance {
  hypothesisId: string;
  /** Stakeholders with a position > 0 on it. */
  supporters: number;
  /** Stakeholders with a position < 0. */
  opponents: number;
}

export interface InfluentialUnlinked {
  actorId: string;
  influence: number;
  /** A relation to create already plans to link this actor. */
  planned: boolean;
}

export interface WhoIsMissing {
  /** Collèges (workspace-wide list) with no stakeholder of this operation. */
  emptyColleges: { collegeId: string; custom: boolean }[];
  /** Stakeholders with no collège. */
  withoutCollege: string[];
  /** Live hypotheses that no stakeholder supports. */
  hypothesesWithoutSupport: string[];
  /** Live hypotheses with more opponents than supporters. */
  hypothesesMostlyOpposed: HypothesisBalance[];
  /** Actions (not abandoned) with no lead actor. */
  actionsWithoutLead: string[];
  /** Stakeholders of high influence with no relation in the network as it is, most influential first. */
  influentialWithoutRelation: InfluentialUnlinked[];
}

export function whoIsMissing(s: WalkSnapshot, options: { high?: number; statuses?: readonly RelationStatusValue[] } = {}): WhoIsMissing {
  const high = options.high ?? DEFAULT_HIGH;
  const statuses = options.statuses ?? AS_IS;
  const parts = stakeholders(s);

  const usedColleges = new Set(parts.map((p) => p.collegeId));
  const emptyColleges = [...s.colleges]
    .sort((a, b) => a.position - b.position)
    .filter((c) => !usedColleges.has(c.id))
    .map((c) => ({ collegeId: c.id, custom: c.key === null }));

  const actorOf = new Map(parts.map((p) => [p.id, p.actorId]));
  const balance = new Map<string, HypothesisBalance>();
  const hypotheses = liveHypotheses(s);
  for (const h of hypotheses) balance.set(h.id, { hypothesisId: h.id, supporters: 0, opponents: 0 });
  for (const p of s.positions) {
    const b = balance.get(p.hypothesisId);
    if (!b || !actorOf.has(p.participationId)) continue;
    if (p.value > 0) b.supporters++;
    else if (p.value < 0) b.opponents++;
  }
  const balances = hypotheses.map((h) => balance.get(h.id)!);

  const linked = new Set<string>();
  const planned = new Set<string>();
  for (const r of s.relations) {
    const target = statuses.includes(r.status) ? linked : r.status === 'to_create' ? planned : null;
    target?.add(r.sourceActorId);
    target?.add(r.targetActorId);
  }
  const influentialWithoutRelation = parts
    .filter((p) => p.influence !== null && p.influence >= high && !linked.has(p.actorId))
    .map((p, i) => ({ row: { actorId: p.actorId, influence: p.influence!, planned: planned.has(p.actorId) }, i }))
    .sort((a, b) => b.row.influence - a.row.influence || a.i - b.i)
    .map(({ row }) => row);

  return {
    emptyColleges,
    withoutCollege: parts.filter((p) => p.collegeId === null).map((p) => p.actorId),
    hypothesesWithoutSupport: balances.filter((b) => b.supporters === 0).map((b) => b.hypothesisId),
    hypothesesMostlyOpposed: balances.filter((b) => b.opponents > b.supporters),
    actionsWithoutLead: [...s.actions]
      .sort((a, b) => a.position - b.position)
      .filter((a) => a.status !== 'abandoned' && a.leadActorId === null)
      .map((a) => a.id),
    influentialWithoutRelation,
  };
}
