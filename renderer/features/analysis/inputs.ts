import type { AnalysisOptions } from '../../../shared/analysis/analyze';
import type { Matrix } from '../../../shared/analysis/mactor';
import { stakeholders } from '../../../shared/analysis/walk-inputs';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';

/** The MID over the operation's stakeholders (table order), read from the stored non-zero cells. */
export function midOf(s: WalkSnapshot): { actors: string[]; values: Matrix; filled: number } {
  const actors = stakeholders(s).map((p) => p.actorId);
  const index = new Map(actors.map((a, i) => [a, i]));
  const values = actors.map(() => actors.map(() => 0));
  let filled = 0;
  for (const cell of s.influences) {
    const i = index.get(cell.sourceActorId);
    const j = index.get(cell.targetActorId);
    if (i === undefined || j === undefined || i === j || cell.value === 0) continue;
    values[i]![j] = cell.value;
    filled++;
  }
  return { actors, values, filled };
}

/** analyzeWalk's options from the snapshot: the MID (none while empty), legitimacy and urgency per actor. */
export function analysisOptions(s: WalkSnapshot): AnalysisOptions {
  const mid = midOf(s);
  const legitimacy: Record<string, number | null> = {};
  const urgency: Record<string, number | null> = {};
  for (const p of s.participations) {
    legitimacy[p.actorId] = p.legitimacy;
    urgency[p.actorId] = p.urgency;
  }
  return { mid: mid.filled > 0 ? { actors: mid.actors, values: mid.values } : null, legitimacy, urgency };
}
