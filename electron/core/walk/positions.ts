import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { stmt } from '../db/statements';
import { deleteRecord, getRecord, insertRecord, updateRecord, type Row } from '../entities/repository';
import { specs } from '../entities/specs';

/** Sets an actor's position on a hypothesis, or clears it (null); both must be in one operation. */
export function setPosition(db: Database, participationId: string, hypothesisId: string, value: number | null): Row | null {
  const operationId = stmt(db, 'SELECT operation_id FROM participations WHERE id = ?').pluck().get(participationId);
  if (typeof operationId !== 'string') throw new AppError('not-found', { id: participationId });
  const existing = stmt(db, 'SELECT id FROM positions WHERE participation_id = ? AND hypothesis_id = ?').pluck().get(participationId, hypothesisId);
  if (typeof existing === 'string') {
    if (value === null) {
      deleteRecord(db, specs.positions, existing);
      return null;
    }
    return updateRecord(db, specs.positions, existing, { value });
  }
  if (value === null) return null;
  const record = insertRecord(db, specs.positions, { operationId, participationId, hypothesisId, value, source: '', confidence: null });
  return getRecord(db, specs.positions, record.id as string);
}
