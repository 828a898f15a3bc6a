import type { z } from 'zod';
import type { RelationStatus } from '../domain/walk/enums';
import type { WalkSnapshot } from '../domain/walk/snapshot';
import type { Matrix } from './mactor';
import type { NetworkInput } from './network';

/** Turns one operation's walk snapshot into the plain inputs the analyses take. */

export type RelationStatusValue = z.infer<typeof RelationStatus>;
type Participation = WalkSnapshot['participations'][number];
type Hypothesis = WalkSnapshot['hypotheses'][number];

/** The network as it is: relations to create are the network as it should become (step 4). */
export const AS_IS: readonly RelationStatusValue[] = ['existing', 'to_strengthen', 'to_weaken'];

/** Hypotheses still in play (as in the stepper): abandoned and invalidated ones are left out. */
export const LIVE_HYPOTHESIS: ReadonlySet<string> = new Set(['draft', 'under_test', 'validated']);

const byPosition = <T extends { position: number }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.position - b.position);

/** The operation's stakeholders in the table's order. */
export const stakeholders = (s: WalkSnapshot): Participation[] => byPosition(s.participations);

/** The live hypotheses in their manual order: MACTOR's objectives. */
export const liveHypotheses = (s: WalkSnapshot): Hypothesis[] => byPosition(s.hypotheses).filter((h) => LIVE_HYPOTHESIS.has(h.status));

export interface WalkNetwork {
  input: NetworkInput;
  /** Relations left out because of their status, per status. */
  excluded: Partial<Record<RelationStatusValue, number>>;
}

/**
 * Nodes: the actors of the operation's participations, grouped by collège. Edges: the relations
 * whose status is in `statuses` (default: the network as it is). `none` and `both` link both ways,
 * `forward` from source to target only; the weight is the relation's strength.
 */
export function walkNetwork(s: WalkSnapshot, statuses: readonly RelationStatusValue[] = AS_IS): WalkNetwork {
  const excluded: WalkNetwork['excluded'] = {};
  const edges: NetworkInput['edges'] = [];
  for (const r of s.relations) {
    if (!statuses.includes(r.status)) {
      excluded[r.status] = (excluded[r.status] ?? 0) + 1;
      continue;
    }
    edges.push({ id: r.id, source: r.sourceActorId, target: r.targetActorId, directed: r.direction === 'forward', weight: r.strength });
  }
  return { input: { nodes: stakeholders(s).map((p) => ({ id: p.actorId, group: p.collegeId })), edges }, excluded };
}

export interface WalkPositions {
  actors: string[];
  objectives: string[];
  /** 2MAO: position −3..+3 of each actor on each live hypothesis; 0 when none is recorded. */
  mao2: Matrix;
  /** How many actor × hypothesis cells have no recorded position (read as 0). */
  missing: number;
}

/** The positions matrix over `actorIds` (default: the stakeholders in table order). */
export function walkPositions(s: WalkSnapshot, actorIds?: readonly string[]): WalkPositions {
  const actors = actorIds ? [...actorIds] : stakeholders(s).map((p) => p.actorId);
  const objectives = liveHypotheses(s).map((h) => h.id);
  const actorOfParticipation = new Map(s.participations.map((p) => [p.id, p.actorId]));
  const value = new Map<string, number>();
  for (const p of s.positions) {
    const actor = actorOfParticipation.get(p.participationId);
    if (actor !== undefined) value.set(`${actor}\u0000${p.hypothesisId}`, p.value);
  }
  let missing = 0;
  const mao2 = actors.map((a) =>
    objectives.map((h) => {
      const v = value.get(`${a}\u0000${h}`);
      if (v === undefined) missing++;
      return v ?? 0;
    }),
  );
  return { actors, objectives, mao2, missing };
}

export interface StoredMid {
  /** The stakeholders in table order: the MID's rows and columns. */
  actors: string[];
  /** MID over the first `size` actors (all by default): the stored non-zero cells, 0 elsewhere. */
  values: Matrix;
  /** Non-zero cells stored between two stakeholders, over all of them. */
  filled: number;
}

/** The MID the walk stores (its influences), over the stakeholders or only the first `size` of them. */
export function storedMid(s: WalkSnapshot, size = Infinity): StoredMid {
  const actors = stakeholders(s).map((p) => p.actorId);
  const index = new Map(actors.map((a, i) => [a, i]));
  const n = Math.min(size, actors.length);
  const values = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let filled = 0;
  for (const cell of s.influences) {
    const i = index.get(cell.sourceActorId);
    const j = index.get(cell.targetActorId);
    if (i === undefined || j === undefined || i === j || cell.value === 0) continue;
    filled++;
    if (i < n && j < n) values[i]![j] = cell.value;
  }
  return { actors, values, filled };
}
