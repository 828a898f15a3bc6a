import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements';
import { deleteRecord, getRecord, updateRecord, type Row } from '../entities/repository';
import { specs } from '../entities/specs';

const FILLABLE_ACTOR_FIELDS = ['acronym', 'description', 'contact', 'notes'] as const;
const FILLABLE_PARTICIPATION_FIELDS = ['role', 'collegeId', 'influence', 'interest', 'stance'] as const;
const empty = (v: unknown) => v === null || v === '';

/** Moves (or, where it would duplicate, drops) the rows of a link table from one actor to another. */
function moveLinks(db: Database, table: string, owner: string, from: string, to: string): void {
  stmt(db, `DELETE FROM "${table}" WHERE actor_id = ? AND "${owner}" IN (SELECT "${owner}" FROM "${table}" WHERE actor_id = ?)`).run(from, to);
  stmt(db, `UPDATE "${table}" SET actor_id = ? WHERE actor_id = ?`).run(to, from);
}

/**
 * MACTOR influences (MID cells) move to the kept actor; where the kept actor already has a value
 * for the same pair in the same operation, its own value stays.
 */
function moveInfluences(db: Database, from: string, to: string): void {
  for (const [end, other] of [['source_actor_id', 'target_actor_id'], ['target_actor_id', 'source_actor_id']] as const) {
    stmt(
      db,
      `DELETE FROM influences WHERE ${end} = ? AND EXISTS (SELECT 1 FROM influences k WHERE k.operation_id = influences.operation_id AND k.${end} = ? AND k.${other} = influences.${other})`,
    ).run(from, to);
    stmt(db, `UPDATE influences SET ${end} = ? WHERE ${end} = ?`).run(to, from);
  }
}

/** One participation per operation: the kept actor's, completed with the merged one's data. */
function moveParticipations(db: Database, from: string, to: string): void {
  const theirs = stmt(db, 'SELECT * FROM participations WHERE actor_id = ?').all(from) as Row[];
  for (const p of theirs) {
    const mine = stmt(db, 'SELECT id FROM participations WHERE operation_id = ? AND actor_id = ?').pluck().get(p.operation_id, to);
    if (typeof mine !== 'string') {
      stmt(db, 'UPDATE participations SET actor_id = ? WHERE id = ?').run(to, p.id);
      continue;
    }
    const kept = getRecord(db, specs.participations, mine);
    const other = getRecord(db, specs.participations, String(p.id));
    const fill = Object.fromEntries(FILLABLE_PARTICIPATION_FIELDS.filter((f) => empty(kept[f]) && !empty(other[f])).map((f) => [f, other[f]]));
    if (Object.keys(fill).length) updateRecord(db, specs.participations, mine, fill);
    // Positions on hypotheses the kept participation has no view on move over; the rest go.
    stmt(
      db,
      `UPDATE positions SET participation_id = ? WHERE participation_id = ?
       AND hypothesis_id NOT IN (SELECT hypothesis_id FROM positions WHERE participation_id = ?)`,
    ).run(mine, p.id, mine);
    deleteRecord(db, specs.participations, String(p.id));
  }
}

/**
 * Merges duplicate actors into one, keeping every link: participations, positions, relations,
 * MACTOR influences, meeting attendance, action lead and partnerships move to the kept actor. Relations between the
 * merged actors themselves would become loops and are dropped. One change, so one undo.
 */
export function mergeActors(db: Database, keepId: string, mergeIds: string[]): Row {
  const keep = getRecord(db, specs.actors, keepId);
  const others = [...new Set(mergeIds)].filter((id) => id !== keepId).map((id) => getRecord(db, specs.actors, id));
  const group = [keepId, ...others.map((o) => String(o.id))];
  const marks = group.map(() => '?').join(', ');
  stmt(db, `DELETE FROM relations WHERE source_actor_id IN (${marks}) AND target_actor_id IN (${marks})`).run(...group, ...group);
  stmt(db, `DELETE FROM influences WHERE source_actor_id IN (${marks}) AND target_actor_id IN (${marks})`).run(...group, ...group);
  for (const other of others) {
    const from = String(other.id);
    moveParticipations(db, from, keepId);
    stmt(db, 'UPDATE relations SET source_actor_id = ? WHERE source_actor_id = ?').run(keepId, from);
    stmt(db, 'UPDATE relations SET target_actor_id = ? WHERE target_actor_id = ?').run(keepId, from);
    stmt(db, 'UPDATE actions SET lead_actor_id = ? WHERE lead_actor_id = ?').run(keepId, from);
    moveInfluences(db, from, keepId);
    moveLinks(db, 'meeting_attendees', 'meeting_id', from, keepId);
    moveLinks(db, 'action_partners', 'action_id', from, keepId);
    const fill = Object.fromEntries(FILLABLE_ACTOR_FIELDS.filter((f) => empty(keep[f]) && !empty(other[f])).map((f) => [f, other[f]]));
    if (Object.keys(fill).length) Object.assign(keep, updateRecord(db, specs.actors, keepId, fill));
    deleteRecord(db, specs.actors, from);
  }
  return getRecord(db, specs.actors, keepId);
}
