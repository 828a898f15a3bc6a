import type { Database } from 'better-sqlite3';
import type { StakeholderRow } from '../../../shared/domain/walk/stakeholder-rows';
import { nameKey } from '../../../shared/domain/walk/names';
import { withBulkInsertJournal } from '../db/journaled-tables';
import { stmt } from '../db/statements';
import { insertRecord, selectRecords, updateRecord, type Row } from '../entities/repository';
import { specs } from '../entities/specs';
import { getOperation } from '../operations/repository';

const PARTICIPATION_FIELDS = ['role', 'collegeId', 'influence', 'interest', 'stance', 'engagement'] as const;
const isSet = (v: unknown) => v !== null && v !== undefined && v !== '' && v !== 'not_contacted';

/**
 * Adds stakeholders from table rows in one change: each name is matched to an existing actor
 * (case, accents and punctuation ignored) or creates one; an actor already in the operation has
 * its participation completed with the row's non-empty values rather than duplicated.
 */
export function addStakeholderRows(db: Database, operationId: string, rows: StakeholderRow[]) {
  // Thousands of pasted or imported rows: their inserts are journaled in bulk (still one undo).
  return withBulkInsertJournal(db, ['actors', 'participations'], () => writeStakeholderRows(db, operationId, rows));
}

function writeStakeholderRows(db: Database, operationId: string, rows: StakeholderRow[]) {
  getOperation(db, operationId);
  const byKey = new Map<string, Row>();
  for (const a of selectRecords(db, specs.actors, '1', [])) byKey.set(nameKey(String(a.name)), a);
  let createdActors = 0;
  let matchedActors = 0;
  let alreadyParticipating = 0;
  const participationIds: string[] = [];
  // New participations go to the end, numbered here once rather than by a max() per row.
  let position = Number(stmt(db, 'SELECT coalesce(max(position) + 1, 0) FROM participations WHERE operation_id = ?').pluck().get(operationId));
  const participating = new Map<string, Row & { id: string }>();
  const current = stmt(
    db,
    'SELECT id, actor_id AS actorId, role, college_id AS collegeId, influence, interest, stance, engagement FROM participations WHERE operation_id = ?',
  ).all(operationId) as (Row & { id: string; actorId: string })[];
  for (const p of current) participating.set(p.actorId, p);
  // Rows naming the same actor apply in turn (the first row's values, then each later row's set
  // ones): worked out first, so each participation is written once, and only where it changes.
  const finalValues = new Map<string, Row>();
  for (const row of rows) {
    const key = nameKey(row.name);
    const values: Row = Object.fromEntries(PARTICIPATION_FIELDS.map((f) => [f, row[f]]));
    const earlier = finalValues.get(key);
    finalValues.set(key, earlier ? { ...earlier, ...Object.fromEntries(Object.entries(values).filter(([, v]) => isSet(v))) } : values);
  }
  const written = new Map<string, string>();
  for (const row of rows) {
    const key = nameKey(row.name);
    let actor = byKey.get(key);
    if (actor) matchedActors++;
    else {
      actor = insertRecord(db, specs.actors, { name: row.name, acronym: row.acronym }, { readBack: false });
      byKey.set(key, actor);
      createdActors++;
    }
    const done = written.get(key);
    if (done) {
      alreadyParticipating++;
      participationIds.push(done);
      continue;
    }
    const values = finalValues.get(key)!;
    const existing = participating.get(String(actor.id));
    let id: string;
    if (existing) {
      alreadyParticipating++;
      // Only what the rows set and change: rows repeating what is there write nothing.
      const patch = Object.fromEntries(Object.entries(values).filter(([f, v]) => isSet(v) && v !== existing[f]));
      if (Object.keys(patch).length) updateRecord(db, specs.participations, existing.id, patch);
      id = existing.id;
    } else {
      id = String(insertRecord(db, specs.participations, { operationId, actorId: actor.id, ...values, position: position++ }, { readBack: false }).id);
    }
    written.set(key, id);
    participationIds.push(id);
  }
  return { participationIds, createdActors, matchedActors, alreadyParticipating };
}
