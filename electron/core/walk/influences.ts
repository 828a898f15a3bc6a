import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { stmt } from '../db/statements';
import { deleteRecord, getRecord, insertRecord, updateRecord, type Row } from '../entities/repository';
import { specs } from '../entities/specs';

/**
 * Sets one cell of an operation's MID (MACTOR's direct influences, 0..4): both actors must be
 * stakeholders of the operation and differ; 0 removes the row (no row reads as 0).
 */
export function setInfluence(db: Database, operationId: string, sourceActorId: string, targetActorId: string, value: number): Row | null {
  if (sourceActorId === targetActorId) throw new AppError('invalid-input', { path: 'targetActorId', detail: 'an actor has no influence on itself in the MID' });
  for (const [field, actorId] of [['sourceActorId', sourceActorId], ['targetActorId', targetActorId]] as const) {
    const found = stmt(db, 'SELECT 1 FROM participations WHERE operation_id = ? AND actor_id = ?').get(operationId, actorId);
    if (!found) throw new AppError('invalid-input', { path: field, detail: 'not a stakeholder of this operation' });
  }
  const existing = stmt(db, 'SELECT id FROM influences WHERE operation_id = ? AND source_actor_id = ? AND target_actor_id = ?')
    .pluck()
    .get(operationId, sourceActorId, targetActorId);
  if (typeof existing === 'string') {
    if (value === 0) {
      deleteRecord(db, specs.influences, existing);
      return null;
    }
    return updateRecord(db, specs.influences, existing, { value });
  }
  if (value === 0) return null;
  const record = insertRecord(db, specs.influences, { operationId, sourceActorId, targetActorId, value });
  return getRecord(db, specs.influences, record.id as string);
}
